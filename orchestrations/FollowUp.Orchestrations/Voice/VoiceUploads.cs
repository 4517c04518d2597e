using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Voice;

/// <summary>
/// Takes a recording from the form before its report exists: the audio is kept under the interview id the
/// report will use, as whatever its bytes show it to be, and answered with an id the report refers to.
/// </summary>
public sealed partial class VoiceUploads(IVoiceRecordings recordings, TimeProvider clock, ILogger<VoiceUploads> logger)
{
    /// <summary>
    /// 5 MB. The form records at most <see cref="MaxSeconds"/> seconds: Opus at the browsers' 32–64 kbit/s makes
    /// 0.7–1.5 MB of that, Safari's AAC at 128 kbit/s about 3 MB, so the limit leaves room and nothing more.
    /// </summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The form's recording limit (3 minutes); a longer duration cannot be claimed.</summary>
    public const int MaxSeconds = 180;

    private readonly ILogger _logger = logger;

    /// <param name="declaredType">The request's media type, already one of <see cref="VoiceFormats.All"/>.</param>
    /// <param name="durationSeconds">As the form measured it, when it says.</param>
    public async Task<VoiceUploadResult> UploadAsync(string interviewId, string declaredType, ReadOnlyMemory<byte> audio, int? durationSeconds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        using var operation = TracedOperation.Start(_logger, SpanNames.VoiceUpload, interviewId);
        var sniffed = VoiceFormats.Sniff(audio.Span);
        if (sniffed is null || sniffed != declaredType)
        {
            LogRefused(interviewId, declaredType, sniffed ?? "unknown");
            return new VoiceUploadResult.NotAudio(declaredType, sniffed);
        }

        var recording = new VoiceRecording(interviewId, VoiceRecordingIds.New(), sniffed, audio.Length, clock.GetUtcNow(), durationSeconds);
        using var content = new MemoryStream(audio.ToArray(), writable: false);
        await recordings.SaveAsync(recording, content, cancellationToken).ConfigureAwait(false);
        LogStored(interviewId, recording.RecordingId, audio.Length);
        return new VoiceUploadResult.Stored(recording);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: voice recording {RecordingId} stored ({Bytes} bytes)")]
    private partial void LogStored(string interviewId, string recordingId, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: voice upload refused, declared {Declared}, its bytes are {Sniffed}")]
    private partial void LogRefused(string interviewId, string declared, string sniffed);
}

public abstract record VoiceUploadResult
{
    private VoiceUploadResult()
    {
    }

    public sealed record Stored(VoiceRecording Recording) : VoiceUploadResult;

    /// <summary>The bytes are not audio of the declared kind (<paramref name="Sniffed"/> is what they are, if one of ours).</summary>
    public sealed record NotAudio(string Declared, string? Sniffed) : VoiceUploadResult;
}
