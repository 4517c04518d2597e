using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Storage;

/// <summary>
/// Voice recordings as block blobs in a private container, named <c>{interviewId}/{recordingId}</c> so
/// an interview's recordings are one prefix (erasure lists and deletes it). The app streams them to the
/// listening page itself; no SAS or public address is ever made.
/// </summary>
public sealed class BlobVoiceRecordings(BlobContainerClient container) : IVoiceRecordings
{
    private const string RecordedAtKey = "recordedat";
    private const string DurationKey = "durationseconds";

    private readonly Lazy<Task> _created = new(() => container.CreateIfNotExistsAsync(PublicAccessType.None));

    public async Task SaveAsync(VoiceRecording recording, Stream audio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        await _created.Value.ConfigureAwait(false);
        var metadata = new Dictionary<string, string> { [RecordedAtKey] = recording.RecordedAt.ToString("O", CultureInfo.InvariantCulture) };
        if (recording.DurationSeconds is { } seconds)
        {
            metadata[DurationKey] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await Blob(recording.InterviewId, recording.RecordingId).UploadAsync(audio, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = recording.ContentType },
            Metadata = metadata,
            // A recording id is never reused: a second write under it is a bug, not an update.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<VoiceRecording?> FindAsync(string interviewId, string recordingId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        try
        {
            BlobProperties properties = await Blob(interviewId, recordingId).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return Read(interviewId, recordingId, properties.ContentType, properties.ContentLength, properties.Metadata);
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.NotFound)
        {
            return null;
        }
    }

    public async Task<VoiceAudio?> OpenAsync(string interviewId, string recordingId, ByteRange? range, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        try
        {
            var options = new BlobDownloadOptions { Range = range is null ? default : new HttpRange(range.Offset, range.Length) };
            BlobDownloadStreamingResult download = await Blob(interviewId, recordingId).DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false);
            var details = download.Details;
            var total = TotalLength(details.ContentRange) ?? details.ContentLength;
            return new VoiceAudio(download.Content, details.ContentType, range?.Offset ?? 0, details.ContentLength, total);
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.NotFound)
        {
            return null;
        }
    }

    public async Task<int> DeleteAllAsync(string interviewId, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var removed = 0;
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix(interviewId) }, cancellationToken).ConfigureAwait(false))
        {
            var deleted = await container.DeleteBlobIfExistsAsync(item.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
            removed += deleted.Value ? 1 : 0;
        }

        return removed;
    }

    private static VoiceRecording Read(string interviewId, string recordingId, string contentType, long length, IDictionary<string, string> metadata) => new(
        interviewId,
        recordingId,
        contentType,
        length,
        metadata.TryGetValue(RecordedAtKey, out var at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : DateTimeOffset.MinValue,
        metadata.TryGetValue(DurationKey, out var seconds) && int.TryParse(seconds, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);

    /// <summary>The size after the slash of <c>bytes a-b/size</c>.</summary>
    private static long? TotalLength(string? contentRange) =>
        contentRange?.LastIndexOf('/') is >= 0 and var slash && long.TryParse(contentRange[(slash + 1)..], CultureInfo.InvariantCulture, out var total) ? total : null;

    private static string Prefix(string interviewId) => interviewId + "/";

    private BlobClient Blob(string interviewId, string recordingId) => container.GetBlobClient(Prefix(interviewId) + recordingId);
}
