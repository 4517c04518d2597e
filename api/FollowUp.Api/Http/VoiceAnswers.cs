using System.Globalization;
using FollowUp.Api.Pages;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Api.Http;

/// <summary>The voice routes' answers: an upload's reference, the listening page, and the audio (whole, partial, or 416).</summary>
public static class VoiceAnswers
{
    public static ApiAnswer NotAudioType() => ApiAnswer.Problem(
        415,
        "Send a voice recording.",
        $"A voice recording must be sent with Content-Type {string.Join(", ", VoiceFormats.All)}.");

    public static ApiAnswer ForUpload(VoiceUploadResult result) => result switch
    {
        VoiceUploadResult.Stored stored => ApiAnswer.Ok(
            new VoiceUploadView(stored.Recording.InterviewId, stored.Recording.RecordingId, stored.Recording.ContentType, stored.Recording.Length, stored.Recording.DurationSeconds),
            201),
        VoiceUploadResult.NotAudio notAudio => ApiAnswer.Problem(
            415,
            "The body is not audio of the type sent.",
            notAudio.Sniffed is null
                ? $"The body was sent as {notAudio.Declared} but does not begin like WebM, Ogg or MP4 audio."
                : $"The body was sent as {notAudio.Declared} but is {notAudio.Sniffed}."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown upload result."),
    };

    public static ApiAnswer ForPage(VoicePage page, string? token) => page switch
    {
        VoicePage.Playable playable => ApiAnswer.Html(200, VoicePages.Playable(playable.Report, playable.Recording, token!)) with { Headers = PageHeaders.Voice },
        VoicePage.Unavailable unavailable => ApiAnswer.Html(404, VoicePages.Unavailable(unavailable.Locale)) with { Headers = PageHeaders.NoStore(PageHeaders.Static) },
        _ => ApiAnswer.Html(400, VoicePages.InvalidLink()) with { Headers = PageHeaders.NoStore(PageHeaders.Static) },
    };

    public static ApiAnswer ForPlayback(VoicePlayback playback) => playback switch
    {
        VoicePlayback.Audio { Content: var audio, Partial: var partial } => new ApiAnswer(partial ? 206 : 200, audio.ContentType, string.Empty)
        {
            Headers = AudioHeaders(partial ? $"bytes {audio.Offset}-{audio.Offset + audio.Length - 1}/{audio.TotalLength}" : null),
            Streamed = new ApiAnswer.StreamedBody(audio.Content, audio.Length),
        },
        VoicePlayback.RangeNotSatisfiable unsatisfiable => ApiAnswer.Problem(416, "The range is outside the recording.", $"The recording has {unsatisfiable.Length} bytes.") with
        {
            Headers = AudioHeaders(string.Create(CultureInfo.InvariantCulture, $"bytes */{unsatisfiable.Length}")),
        },
        _ => ApiAnswer.Problem(404, "No recording to play.", "The link is not valid, or the recording is no longer available.") with
        {
            Headers = PageHeaders.NoStore(new Dictionary<string, string>()),
        },
    };

    private static Dictionary<string, string> AudioHeaders(string? contentRange)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Accept-Ranges"] = "bytes",
            ["Cache-Control"] = "no-store",
            ["X-Content-Type-Options"] = "nosniff",
            ["Referrer-Policy"] = "no-referrer",
            ["Content-Disposition"] = "inline",
        };
        if (contentRange is not null)
        {
            headers["Content-Range"] = contentRange;
        }

        return headers;
    }
}

/// <summary>What an upload answers: the reference a report gives as <c>feedback.voiceRecordingId</c>.</summary>
public sealed record VoiceUploadView(string InterviewId, string RecordingId, string ContentType, long Bytes, int? DurationSeconds);
