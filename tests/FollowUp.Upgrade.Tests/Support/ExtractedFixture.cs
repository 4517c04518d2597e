using System.Formats.Tar;
using System.IO.Compression;
using FollowUp.Testing;

namespace FollowUp.Upgrade.Tests.Support;

/// <summary>
/// A private copy of the recorded fixture in a temp folder: Azurite writes to its data as the cases
/// move on, and the committed archive must stay as recorded.
/// </summary>
public sealed class ExtractedFixture : IAsyncDisposable
{
    private ExtractedFixture(string root, UpgradeManifest manifest)
    {
        Root = root;
        AzuriteFolder = Path.Combine(root, manifest.Contents.Azurite);
        SecretsFile = Path.Combine(root, manifest.Contents.Secrets);
        RecordedOutbox = new Outbox(Path.Combine(root, manifest.Contents.Outbox));
        RecordedOutboxFolder = Path.Combine(root, manifest.Contents.Outbox);
    }

    public string Root { get; }

    public string AzuriteFolder { get; }

    public string SecretsFile { get; }

    public Outbox RecordedOutbox { get; }

    public string RecordedOutboxFolder { get; }

    public static async Task<ExtractedFixture> ExtractAsync(UpgradeManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var root = Directory.CreateTempSubdirectory("followup-upgrade-").FullName;
        await using (var archive = File.OpenRead(manifest.ArchivePath))
        await using (var gzip = new GZipStream(archive, CompressionMode.Decompress))
        {
            await TarFile.ExtractToDirectoryAsync(gzip, root, overwriteFiles: false);
        }

        return new ExtractedFixture(root, manifest);
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
