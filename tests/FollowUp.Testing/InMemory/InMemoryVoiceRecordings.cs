using System.Collections.Concurrent;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Testing.InMemory;

public sealed class InMemoryVoiceRecordings : IVoiceRecordings
{
    private readonly ConcurrentDictionary<(string InterviewId, string RecordingId), (VoiceRecording Recording, byte[] Audio)> _recordings = new();

    public int Count => _recordings.Count;

    public async Task SaveAsync(VoiceRecording recording, Stream audio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(audio);
        using var copy = new MemoryStream();
        await audio.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        var bytes = copy.ToArray();
        if (!_recordings.TryAdd((recording.InterviewId, recording.RecordingId), (recording with { Length = bytes.Length }, bytes)))
        {
            throw new InvalidOperationException($"Recording {recording.RecordingId} already exists.");
        }
    }

    public Task<VoiceRecording?> FindAsync(string interviewId, string recordingId, CancellationToken cancellationToken) =>
        Task.FromResult(_recordings.TryGetValue((interviewId, recordingId), out var stored) ? stored.Recording : null);

    public Task<VoiceAudio?> OpenAsync(string interviewId, string recordingId, ByteRange? range, CancellationToken cancellationToken)
    {
        if (!_recordings.TryGetValue((interviewId, recordingId), out var stored))
        {
            return Task.FromResult<VoiceAudio?>(null);
        }

        var total = stored.Audio.LongLength;
        var offset = Math.Min(range?.Offset ?? 0, total);
        var length = Math.Min(range?.Length ?? total, total - offset);
        var content = new MemoryStream(stored.Audio, (int)offset, (int)length, writable: false);
        return Task.FromResult<VoiceAudio?>(new VoiceAudio(content, stored.Recording.ContentType, offset, length, total));
    }

    public Task<int> DeleteAllAsync(string interviewId, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var key in _recordings.Keys.Where(k => k.InterviewId == interviewId))
        {
            removed += _recordings.TryRemove(key, out _) ? 1 : 0;
        }

        return Task.FromResult(removed);
    }
}
