namespace FollowUp.Orchestrations.Voice;

/// <summary>One uploaded voice message, as stored beside its audio.</summary>
/// <param name="ContentType">The type the audio's own bytes showed (<see cref="VoiceFormats"/>), never the uploader's claim.</param>
/// <param name="DurationSeconds">As the recording form measured it; null when the uploader did not say.</param>
public sealed record VoiceRecording(
    string InterviewId,
    string RecordingId,
    string ContentType,
    long Length,
    DateTimeOffset RecordedAt,
    int? DurationSeconds);

/// <summary>Part of a recording's bytes: <paramref name="Offset"/> and at most <paramref name="Length"/> bytes from it.</summary>
public sealed record ByteRange(long Offset, long Length);

/// <summary>An open recording (or part of it). <paramref name="TotalLength"/> is the whole recording's size.</summary>
public sealed record VoiceAudio(Stream Content, string ContentType, long Offset, long Length, long TotalLength) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
