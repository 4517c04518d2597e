using System.Globalization;
using System.Text.RegularExpressions;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// Voice feedback: the form uploads a recording (interviewer key); the candidate opens the listening page and
/// plays the audio with the signed link of their email (anonymous: the token is the authority).
/// </summary>
public sealed class VoiceEndpoints(VoiceUploads uploads, VoiceListening listening)
{
    private const string DurationQuery = "durationSeconds";

    public async Task<ApiAnswer> UploadAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        var errors = new FieldErrors();
        if (!Regex.IsMatch(id, ReportLimits.InterviewIdPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            errors.Add("id", "Use 1 to 64 letters, digits, '-' or '_': the interview id the report will give.");
        }

        int? seconds = null;
        if (call.Query(DurationQuery) is { } given)
        {
            if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= VoiceUploads.MaxSeconds)
            {
                seconds = parsed;
            }
            else
            {
                errors.Add(DurationQuery, $"Whole seconds from 1 to {VoiceUploads.MaxSeconds}.");
            }
        }

        if (!errors.IsEmpty)
        {
            return ApiAnswer.Problem(400, "The upload is not valid.", errors: errors.ToDictionary());
        }

        // The type is checked before a byte is read; the bytes are checked against it once read.
        if (VoiceFormats.Normalize(call.Request.ContentType) is not { } declared)
        {
            return VoiceAnswers.NotAudioType();
        }

        var body = await RequestBody.ReadAsync(call.Request, VoiceUploads.MaxBytes, "A voice recording", call.CancellationToken).ConfigureAwait(false);
        if (body.Refusal is not null)
        {
            return body.Refusal;
        }

        return VoiceAnswers.ForUpload(await uploads.UploadAsync(id, declared, body.Value, seconds, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> PageAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = call.Query("token");
        return VoiceAnswers.ForPage(await listening.OpenPageAsync(token, call.CancellationToken).ConfigureAwait(false), token);
    }

    public async Task<ApiAnswer> AudioAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var range = ByteRangeHeader.Parse(call.Header("Range"));
        return VoiceAnswers.ForPlayback(await listening.PlayAsync(call.Query("token"), range, call.CancellationToken).ConfigureAwait(false));
    }
}
