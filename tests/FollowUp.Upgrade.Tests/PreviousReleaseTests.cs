using System.Diagnostics;
using System.Text.Json;
using FollowUp.Testing;
using FollowUp.Upgrade.Tests.Support;
using MimeKit;
using Xunit.Abstractions;

namespace FollowUp.Upgrade.Tests;

/// <summary>
/// A deploy must not strand the cases asleep in storage. The previous release left cases waiting at
/// every stage of the playbook (tests/upgrade/fixture, recorded by tests/upgrade/record.sh); this
/// release's local host takes them over and must carry each to the end the manifest names.
/// </summary>
public sealed class PreviousReleaseTests(ITestOutputHelper output)
{
    /// <summary>
    /// For all cases together. The worker may first wait for the recording host's partition leases (up to
    /// a minute); timers that expired while the fixture sat in git then fire at once, and what follows
    /// them is at most one more short wait of the recorded policy.
    /// </summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    /// <summary>
    /// The production policy for this host: each case carries the policy it was reported under, so a
    /// case that waited on the host's policy instead would sit for days and miss the deadline.
    /// </summary>
    private static readonly Dictionary<string, string> ProductionPolicy = new(StringComparer.Ordinal)
    {
        ["FollowUp__Policy__ReplyWindow"] = "P2D",
        ["FollowUp__Policy__NoResponseWindow"] = "P7D",
        ["FollowUp__Policy__NurtureAfter"] = "P3M",
        ["FollowUp__Policy__BookingWindow"] = "P1D",
        ["FollowUp__Policy__ReminderBefore"] = "P1D",
        ["FollowUp__Policy__KeepOpenFor"] = "P3M",
        ["FollowUp__Policy__SendWindow"] = "09:00-19:00",
    };

    public static TheoryData<string> Fixtures() => new(UpgradeManifest.FixtureNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Cases_waiting_under_the_previous_release_reach_their_end_with_no_email_twice(string fixtureName)
    {
        // Arrange
        var manifest = UpgradeManifest.Load(fixtureName);
        await using var fixture = await ExtractedFixture.ExtractAsync(manifest);
        await using var azurite = await AzuriteServer.StartAtAsync(fixture.AzuriteFolder);
        await using var host = await LocalHostProcess.StartAsync(azurite, new LocalHostProcessOptions
        {
            TaskHub = manifest.TaskHub,
            DevelopmentSecretsFile = fixture.SecretsFile,
            Settings = ProductionPolicy,
        });
        var expected = manifest.Cases.Select(c => Summary(c.InterviewId, c.Expected.RuntimeStatus, c.Expected.Stage, c.Expected.OptedOut, c.Expected.EmailsAfter)).ToArray();

        // Act
        var clock = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(Deadline);
        var ends = await Task.WhenAll(manifest.Cases.Select(c => CaseWatch.UntilFinalAsync(host.Http, c.InterviewId, deadline.Token)));
        clock.Stop();
        var actual = manifest.Cases.Zip(ends, (c, end) => end is { } status
            ? Summary(c.InterviewId, CaseWatch.Text(status, "runtimeStatus"), CaseWatch.Text(status, "stage"), CaseWatch.Flag(status, "optedOut"), host.Outbox.KindsOf(c.InterviewId))
            : $"{c.InterviewId}: no status read").ToArray();
        var recorded = EmailFiles(fixture.RecordedOutboxFolder);
        var resumed = EmailFiles(Path.Combine(host.DataDirectory, "outbox"));
        var messageIds = await Task.WhenAll(recorded.Concat(resumed).Select(MessageIdAsync));
        output.WriteLine($"{fixtureName}: recorded {manifest.RecordedAt:O} by {manifest.Release.Describe} (playbook version {manifest.Release.PlaybookVersion}); polled for {clock.Elapsed.TotalSeconds:F0} s.");
        output.WriteLine($"Local host output:\n{host.Output}");

        // Assert
        var mismatches = expected.Zip(actual).Where(pair => pair.First != pair.Second).Select(pair => $"expected {pair.First}\n  actual {pair.Second}").ToArray();
        Assert.True(
            mismatches.Length == 0,
            "Cases that did not reach the end the manifest names. Failed usually means this release replays a recorded path differently "
            + $"(see tests/upgrade/README.md); the local host's output is in the test output.\n{string.Join('\n', mismatches)}");
        Assert.All(resumed, file => Assert.Contains(manifest.Cases, c => Path.GetFileName(file).StartsWith(c.InterviewId + ".", StringComparison.Ordinal)));
        Assert.Empty(recorded.Select(Path.GetFileName).Intersect(resumed.Select(Path.GetFileName), StringComparer.Ordinal));
        Assert.Empty(messageIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_recorded_fixture_holds_the_emails_its_manifest_names_for_every_case(string fixtureName)
    {
        // Arrange
        var manifest = UpgradeManifest.Load(fixtureName);
        await using var fixture = await ExtractedFixture.ExtractAsync(manifest);

        // Act
        var recorded = manifest.Cases.Select(c => $"{c.InterviewId}: {string.Join(", ", fixture.RecordedOutbox.KindsOf(c.InterviewId))}").ToArray();

        // Assert
        Assert.Equal(manifest.Cases.Select(c => $"{c.InterviewId}: {string.Join(", ", c.AtRecording.Emails)}"), recorded);
        Assert.Equal(EmailFiles(fixture.RecordedOutboxFolder).Length, manifest.Cases.Sum(c => c.AtRecording.Emails.Count));
        Assert.True(File.Exists(fixture.SecretsFile), $"{manifest.Contents.Secrets} is missing from {manifest.Fixture}.");
        Assert.NotEmpty(Directory.GetFiles(fixture.AzuriteFolder, "__azurite_db_*.json"));
        Assert.All(
            manifest.Cases.Where(c => c.AtRecording.NextActionAt is not null),
            c => Assert.InRange(c.AtRecording.NextActionAt!.Value - manifest.RecordedAt, TimeSpan.Zero, TimeSpan.FromSeconds(manifest.LongestPendingWaitSeconds + 5)));
    }

    private static string Summary(string interviewId, string runtimeStatus, string stage, bool optedOut, IEnumerable<string> emails) =>
        $"{interviewId}: {runtimeStatus}, {stage}, optedOut={optedOut}, emails after the upgrade: [{string.Join(", ", emails)}]";

    /// <summary>Dot-files are the pickup transport's half-written temporaries and never count.</summary>
    private static string[] EmailFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToArray()
            : [];

    private static async Task<string> MessageIdAsync(string file)
    {
        var message = await MimeMessage.LoadAsync(file);
        return message.MessageId ?? throw new InvalidOperationException($"{file} has no Message-ID.");
    }
}
