using System.Text.Json;
using System.Text.Json.Serialization;
using FollowUp.Testing;

namespace FollowUp.Upgrade.Tests.Support;

/// <summary>
/// <c>tests/upgrade/fixture/manifest.json</c>, written by <c>tests/upgrade/record.sh</c>: the cases the
/// previous release left waiting, and how each must end.
/// </summary>
public sealed record UpgradeManifest
{
    private static string UpgradeFolder => Path.Combine(RepositoryRoot.Path, "tests", "upgrade");

    /// <summary>The folder that holds this manifest and its archive.</summary>
    [JsonIgnore]
    public string Folder { get; private init; } = string.Empty;

    /// <summary>The archive's file name, beside the manifest.</summary>
    public required string Fixture { get; init; }

    public required ManifestContents Contents { get; init; }

    public required RecordedRelease Release { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required string TaskHub { get; init; }

    public required int LongestPendingWaitSeconds { get; init; }

    public required IReadOnlyList<RecordedCase> Cases { get; init; }

    public string ArchivePath => Path.Combine(Folder, Fixture);

    /// <summary>
    /// Every recorded fixture: <c>tests/upgrade/fixture</c>, and a <c>fixture-v…</c> kept beside it while
    /// cases of an older playbook version still live in production.
    /// </summary>
    public static IReadOnlyList<string> FixtureNames() =>
        Directory.GetDirectories(UpgradeFolder, "fixture*")
            .Where(folder => File.Exists(Path.Combine(folder, "manifest.json")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static UpgradeManifest Load(string fixtureName)
    {
        var folder = Path.Combine(UpgradeFolder, fixtureName);
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JsonSerializer.Deserialize<UpgradeManifest>(File.ReadAllText(path), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{path} is empty.");
        return manifest with { Folder = folder };
    }
}

/// <summary>Where the archive keeps each part, relative to its root.</summary>
public sealed record ManifestContents(string Azurite, string Outbox, string Secrets);

/// <param name="HostSourcesDifferFromCommit">The host was built from uncommitted changes to <see cref="Commit"/>.</param>
public sealed record RecordedRelease(string Commit, string Describe, bool HostSourcesDifferFromCommit, int PlaybookVersion);

public sealed record RecordedCase
{
    public required string InterviewId { get; init; }

    public required string Branch { get; init; }

    public required string Locale { get; init; }

    public required string Story { get; init; }

    public required CaseAtRecording AtRecording { get; init; }

    public required CaseEnd Expected { get; init; }

    public override string ToString() => $"{InterviewId} ({Story})";
}

/// <param name="Emails">Kinds of the emails sent before the recording stopped, in sequence order.</param>
public sealed record CaseAtRecording(
    string RuntimeStatus,
    string Reaction,
    string Stage,
    string? NextAction,
    DateTimeOffset? NextActionAt,
    bool OptedOut,
    IReadOnlyList<string> Emails);

/// <param name="EmailsAfter">Kinds of the emails the case still sends after the upgrade, in sequence order.</param>
public sealed record CaseEnd(string RuntimeStatus, string Stage, bool OptedOut, IReadOnlyList<string> EmailsAfter);
