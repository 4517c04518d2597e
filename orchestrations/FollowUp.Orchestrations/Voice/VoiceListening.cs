using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Voice;

/// <summary>
/// The candidate's private listening page and the audio behind it, both reached only with the case's
/// voice token. After an opt-out or an erasure the recording is no longer played. The first request
/// for the audio is recorded as the first play: the page loads nothing until its player starts, so a
/// mail scanner that opens the link does not count as a listen.
/// </summary>
public sealed partial class VoiceListening(
    IVoiceLinks links,
    CaseReferences cases,
    IInterviewStore interviews,
    IVoiceRecordings recordings,
    ITimeline timeline,
    TimeProvider clock,
    ILogger<VoiceListening> logger)
{
    /// <summary>The timeline key of the first play: one per case, kept at its first time.</summary>
    public const string ListenedKey = "voice-listened";

    private readonly ILogger _logger = logger;

    public async Task<VoicePage> OpenPageAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await FindAsync(token, cancellationToken).ConfigureAwait(false);
        return found switch
        {
            Found.Invalid => new VoicePage.InvalidLink(),
            Found.Withdrawn withdrawn => new VoicePage.Unavailable(withdrawn.Locale),
            Found.Playable playable => new VoicePage.Playable(playable.Report, playable.Recording),
            _ => throw new InvalidOperationException("Unknown lookup."),
        };
    }

    /// <param name="range">The bytes asked for (an HTTP Range header's single range), or null for all of them.</param>
    public async Task<VoicePlayback> PlayAsync(string? token, RangeRequest? range, CancellationToken cancellationToken)
    {
        using var operation = TracedOperation.Start(_logger, SpanNames.VoiceListen);
        if (await FindAsync(token, cancellationToken).ConfigureAwait(false) is not Found.Playable playable)
        {
            return new VoicePlayback.Unavailable();
        }

        var recording = playable.Recording;
        operation.ForInterview(recording.InterviewId);
        ByteRange? bytes = null;
        if (range is not null)
        {
            bytes = range.Resolve(recording.Length);
            if (bytes is null)
            {
                return new VoicePlayback.RangeNotSatisfiable(recording.Length);
            }
        }

        var audio = await recordings.OpenAsync(recording.InterviewId, recording.RecordingId, bytes, cancellationToken).ConfigureAwait(false);
        if (audio is null)
        {
            return new VoicePlayback.Unavailable();
        }

        await RecordFirstPlayAsync(recording, cancellationToken).ConfigureAwait(false);
        return new VoicePlayback.Audio(audio, Partial: bytes is not null);
    }

    private async Task RecordFirstPlayAsync(VoiceRecording recording, CancellationToken cancellationToken)
    {
        // A player asks for several ranges in one listen; the first request is the fact worth keeping.
        if (await timeline.FindAsync(recording.InterviewId, ListenedKey, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await timeline.RecordAsync(
            new TimelineEntry(recording.InterviewId, ListenedKey, clock.GetUtcNow(), TimelineEntryKind.VoiceListened, "The candidate played the voice message."),
            cancellationToken).ConfigureAwait(false);
        LogFirstPlay(recording.InterviewId);
    }

    private async Task<Found> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var interviewId = links.TryMatch(token, out var reference)
            ? await cases.ResolveAsync(reference!, cancellationToken).ConfigureAwait(false)
            : null;
        var report = interviewId is null ? null : await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false);
        if (interviewId is null || report is null)
        {
            LogInvalidLink();
            return new Found.Invalid();
        }

        var recording = report.Feedback?.VoiceRecordingId is { } recordingId
            ? await recordings.FindAsync(interviewId, recordingId, cancellationToken).ConfigureAwait(false)
            : null;
        var optedOut = await timeline.FindAsync(interviewId, CandidateOptOut.TimelineKey, cancellationToken).ConfigureAwait(false) is not null;
        return recording is null || optedOut ? new Found.Withdrawn(report.Candidate.Locale) : new Found.Playable(report, recording);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Voice link with an invalid token, or of a case no longer on record")]
    private partial void LogInvalidLink();

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the candidate played the voice message for the first time")]
    private partial void LogFirstPlay(string interviewId);

    private abstract record Found
    {
        public sealed record Invalid : Found;

        public sealed record Withdrawn(string Locale) : Found;

        public sealed record Playable(InterviewReport Report, VoiceRecording Recording) : Found;
    }
}

/// <summary>One HTTP byte range as asked: <c>First-Last</c>, <c>First-</c>, or the last <c>Last</c> bytes when <c>First</c> is null.</summary>
public sealed record RangeRequest(long? First, long? Last)
{
    /// <summary>The bytes of a recording of <paramref name="length"/> this range names, or null when it names none (416).</summary>
    public ByteRange? Resolve(long length)
    {
        if (First is not { } first)
        {
            var suffix = Math.Min(Last ?? 0, length);
            return suffix <= 0 ? null : new ByteRange(length - suffix, suffix);
        }

        if (first >= length)
        {
            return null;
        }

        var last = Math.Min(Last ?? length - 1, length - 1);
        return new ByteRange(first, last - first + 1);
    }
}

public abstract record VoicePage
{
    private VoicePage()
    {
    }

    public sealed record Playable(InterviewReport Report, VoiceRecording Recording) : VoicePage;

    /// <summary>A genuine link whose recording is no longer played (opted out, or the recording was removed).</summary>
    public sealed record Unavailable(string Locale) : VoicePage;

    public sealed record InvalidLink : VoicePage;
}

public abstract record VoicePlayback
{
    private VoicePlayback()
    {
    }

    public sealed record Audio(VoiceAudio Content, bool Partial) : VoicePlayback;

    public sealed record RangeNotSatisfiable(long Length) : VoicePlayback;

    /// <summary>An invalid link, or one whose recording is no longer played: both 404, so a token cannot be probed.</summary>
    public sealed record Unavailable : VoicePlayback;
}
