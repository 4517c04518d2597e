using System.Web;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Tests.Routes;

/// <summary>Voice feedback over the routes, on Azurite's blob service: upload, the report's reference, the listening page and its audio.</summary>
public sealed class VoiceRouteTests(TableApiHost api) : IClassFixture<TableApiHost>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>An EBML header and then bytes enough to see ranges in.</summary>
    private static readonly byte[] WebM = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, .. Enumerable.Range(0, 4000).Select(i => (byte)(i % 253))];

    private static readonly byte[] Ogg = [.. "OggS"u8, 0x00, 0x02, .. new byte[200]];

    private static readonly byte[] Mp4 = [0x00, 0x00, 0x00, 0x20, .. "ftypM4A "u8, .. new byte[200]];

    [Theory]
    [InlineData("audio/webm")]
    [InlineData("audio/ogg")]
    [InlineData("audio/mp4")]
    public async Task A_recording_whose_bytes_match_its_type_is_stored_and_answered_with_a_reference(string type)
    {
        var interviewId = NewId();
        var audio = type switch { "audio/webm" => WebM, "audio/ogg" => Ogg, _ => Mp4 };

        var answer = await UploadAsync(interviewId, audio, type + "; codecs=opus", "?durationSeconds=42");

        Assert.Equal(201, answer.StatusCode);
        var body = ApiHost.Json(answer);
        var recordingId = body.GetProperty("recordingId").GetString()!;
        Assert.True(VoiceRecordingIds.IsWellFormed(recordingId));
        Assert.Equal(type, body.GetProperty("contentType").GetString());
        Assert.Equal(audio.Length, body.GetProperty("bytes").GetInt64());
        var stored = await api.Get<IVoiceRecordings>().FindAsync(interviewId, recordingId, None);
        Assert.Equal(42, stored!.DurationSeconds);
    }

    [Theory]
    [InlineData("audio/webm", "ogg")]
    [InlineData("audio/ogg", "webm")]
    [InlineData("audio/mp4", "html")]
    [InlineData("audio/webm", "empty")]
    public async Task Bytes_that_are_not_audio_of_the_type_sent_answer_415_and_store_nothing(string type, string content)
    {
        var interviewId = NewId();
        var bytes = content switch { "ogg" => Ogg, "webm" => WebM, "html" => ApiHost.Utf8("<html><script>alert(1)</script></html>"), _ => [] };

        var answer = await UploadAsync(interviewId, bytes, type);

        Assert.Equal(415, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.Equal(0, await api.Get<IVoiceRecordings>().DeleteAllAsync(interviewId, None));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    [InlineData("video/webm")]
    [InlineData("")]
    public async Task A_type_other_than_the_three_audio_types_is_refused_415_before_the_body_is_read(string type)
    {
        var answer = await api.PostAsync(RouteNames.UploadVoice, new UnreadableStream(), 1000, type, routeValues: ("id", NewId()));

        Assert.Equal(415, answer.StatusCode);
    }

    [Fact]
    public async Task A_declared_length_over_5_MB_is_refused_413_before_the_body_is_read()
    {
        var answer = await api.PostAsync(RouteNames.UploadVoice, new UnreadableStream(), VoiceUploads.MaxBytes + 1L, VoiceFormats.WebM, routeValues: ("id", NewId()));

        Assert.Equal(413, answer.StatusCode);
        Assert.Contains("5 MB", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_length_that_goes_past_5_MB_is_refused_413_at_the_limit()
    {
        var endless = new EndlessStream();

        var answer = await api.PostAsync(RouteNames.UploadVoice, endless, null, VoiceFormats.WebM, routeValues: ("id", NewId()));

        Assert.Equal(413, answer.StatusCode);
        Assert.True(endless.BytesRead <= VoiceUploads.MaxBytes + 1L + (64 * 1024), $"read {endless.BytesRead} bytes");
    }

    [Theory]
    [InlineData("?durationSeconds=0", "durationSeconds")]
    [InlineData("?durationSeconds=181", "durationSeconds")]
    [InlineData("?durationSeconds=abc", "durationSeconds")]
    public async Task A_duration_outside_the_forms_three_minutes_answers_400(string query, string field)
    {
        var answer = await UploadAsync(NewId(), WebM, VoiceFormats.WebM, query);

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_interview_id_a_report_could_not_use_answers_400()
    {
        var answer = await UploadAsync("bad id!", WebM, VoiceFormats.WebM);

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task A_report_referring_to_its_recording_links_the_considering_email_to_the_private_listening_page()
    {
        var (report, _) = await ReportWithVoiceAsync("voice.link@example.com");

        Assert.NotNull(report.Feedback!.VoiceUrl);
        Assert.StartsWith("https://followup.example/api/voice?token=", report.Feedback.VoiceUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("blob", report.Feedback.VoiceUrl.AbsoluteUri, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_report_referring_to_a_recording_never_uploaded_to_its_interview_answers_400()
    {
        var other = NewId();
        var recordingId = ApiHost.Json(await UploadAsync(other, WebM, VoiceFormats.WebM)).GetProperty("recordingId").GetString()!;

        var answer = await SubmitAsync(NewId(), recordingId, "wrong.interview@example.com");

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("feedback.voiceRecordingId", out _));
    }

    [Fact]
    public async Task The_listening_page_is_in_the_candidates_language_with_a_player_on_the_apps_own_audio_route()
    {
        var (_, token) = await ReportWithVoiceAsync("voice.page@example.com", Locales.English);

        var page = await PageAsync(token);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<html lang=\"en\">", page.Body, StringComparison.Ordinal);
        Assert.Contains("A voice message from 山根 健", page.Body, StringComparison.Ordinal);
        Assert.Contains($"src=\"voice/audio?token={token}\"", page.Body, StringComparison.Ordinal);
        Assert.Contains("preload=\"none\"", page.Body, StringComparison.Ordinal);
        Assert.Contains("media-src 'self'", page.Headers!["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers["Cache-Control"]);
        Assert.Equal("no-referrer", page.Headers["Referrer-Policy"]);
    }

    [Fact]
    public async Task Opening_the_page_alone_records_no_listen()
    {
        var (report, token) = await ReportWithVoiceAsync("voice.scanner@example.com");

        await PageAsync(token);
        await PageAsync(token);

        Assert.Null(await api.Timeline.FindAsync(report.InterviewId, VoiceListening.ListenedKey, None));
    }

    [Fact]
    public async Task The_audio_is_streamed_whole_with_its_sniffed_type_and_the_first_play_is_recorded_once()
    {
        var (report, token) = await ReportWithVoiceAsync("voice.play@example.com");

        var first = await AudioAsync(token);
        var second = await AudioAsync(token, "bytes=100-");

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(VoiceFormats.WebM, first.ContentType);
        Assert.Equal("bytes", first.Headers!["Accept-Ranges"]);
        Assert.Equal(WebM, await ReadAsync(first));
        Assert.Equal(206, second.StatusCode);
        Assert.Single(await api.Timeline.ListAsync(report.InterviewId, None), e => e.Kind == TimelineEntryKind.VoiceListened);
        var status = ApiHost.Json(await api.GetAsync(report.InterviewId)).GetProperty("voice");
        Assert.Equal(37, status.GetProperty("durationSeconds").GetInt32());
        Assert.True(status.GetProperty("stored").GetBoolean());
        Assert.True(status.TryGetProperty("listenedAt", out _));
    }

    [Theory]
    [InlineData("bytes=0-9", 0, 10)]
    [InlineData("bytes=4000-", 4000, 9)]
    [InlineData("bytes=-5", 4004, 5)]
    [InlineData("bytes=4005-99999", 4005, 4)]
    public async Task A_range_request_answers_206_with_those_bytes_and_their_content_range(string range, int offset, int length)
    {
        var (_, token) = await ReportWithVoiceAsync($"voice.range.{offset}.{length}@example.com");

        var answer = await AudioAsync(token, range);

        Assert.Equal(206, answer.StatusCode);
        Assert.Equal($"bytes {offset}-{offset + length - 1}/{WebM.Length}", answer.Headers!["Content-Range"]);
        Assert.Equal(WebM[offset..(offset + length)], await ReadAsync(answer));
    }

    [Theory]
    [InlineData("bytes=4009-")]
    [InlineData("bytes=99999-100000")]
    [InlineData("bytes=-0")]
    public async Task A_range_outside_the_recording_answers_416_with_its_size(string range)
    {
        var (_, token) = await ReportWithVoiceAsync("voice.416." + range.Length + "." + range[^1] + "@example.com");

        var answer = await AudioAsync(token, range);

        Assert.Equal(416, answer.StatusCode);
        Assert.Equal($"bytes */{WebM.Length}", answer.Headers!["Content-Range"]);
    }

    [Fact]
    public async Task A_forged_token_opens_neither_the_page_nor_the_audio()
    {
        var (_, token) = await ReportWithVoiceAsync("voice.forged@example.com");
        var forged = token[..^2] + (token[^2] == 'a' ? "b" : "a") + token[^1];

        Assert.Equal(400, (await PageAsync(forged)).StatusCode);
        Assert.Equal(404, (await AudioAsync(forged)).StatusCode);
        Assert.Equal(404, (await AudioAsync(null)).StatusCode);
    }

    [Fact]
    public async Task The_reply_and_opt_out_tokens_of_the_same_case_do_not_open_its_recording()
    {
        var (report, _) = await ReportWithVoiceAsync("voice.purpose@example.com");
        var optOut = HttpUtility.ParseQueryString(api.Tokens.OptOutLinkFor(report).Query)["token"]!;
        var reply = api.Tokens.ReplyAddressFor(report).Split('+', '@')[1];

        Assert.Equal(400, (await PageAsync(optOut)).StatusCode);
        Assert.Equal(404, (await AudioAsync(optOut)).StatusCode);
        Assert.Equal(404, (await AudioAsync(reply)).StatusCode);
    }

    [Fact]
    public async Task A_voice_token_of_another_case_opens_only_that_case_which_has_no_recording()
    {
        var withVoice = await ReportWithVoiceAsync("voice.mine@example.com");
        var other = await SubmitAsync(NewId(), recordingId: null, "voice.other@example.com");
        var otherId = ApiHost.Json(other).GetProperty("interviewId").GetString()!;
        var otherToken = TokenOf(api.Get<IVoiceLinks>().LinkFor(await api.Interviews.RecordedReportAsync(otherId)));

        var page = await PageAsync(otherToken);
        var audio = await AudioAsync(otherToken);

        Assert.Equal(404, page.StatusCode);
        Assert.DoesNotContain(withVoice.Token, page.Body, StringComparison.Ordinal);
        Assert.Equal(404, audio.StatusCode);
    }

    [Fact]
    public async Task A_voice_token_naming_only_the_interview_id_is_refused_for_a_case_with_a_nonce()
    {
        var (report, _) = await ReportWithVoiceAsync("voice.byid@example.com");
        var byId = TokenOf(api.Get<IVoiceLinks>().LinkFor(report with { CaseNonce = null }));

        Assert.Equal(400, (await PageAsync(byId)).StatusCode);
        Assert.Equal(404, (await AudioAsync(byId)).StatusCode);
    }

    [Fact]
    public async Task After_the_candidate_opts_out_the_recording_is_no_longer_played()
    {
        var (report, token) = await ReportWithVoiceAsync("voice.optout@example.com", Locales.English);
        var optOut = HttpUtility.ParseQueryString(api.Tokens.OptOutLinkFor(report).Query)["token"]!;

        await api.OptOutAsync(optOut);

        var page = await PageAsync(token);
        Assert.Equal(404, page.StatusCode);
        Assert.Contains("no longer available", page.Body, StringComparison.Ordinal);
        Assert.Equal(404, (await AudioAsync(token)).StatusCode);
    }

    [Fact]
    public async Task Erasure_deletes_the_recording_from_blob_storage()
    {
        const string address = "voice.erase@example.com";
        var (report, token) = await ReportWithVoiceAsync(address);
        var recordingId = report.Feedback!.VoiceRecordingId!;

        var answer = await api.EraseAsync(address);

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal(1, ApiHost.Json(answer).GetProperty("removed").GetProperty("voiceRecordings").GetInt32());
        Assert.Null(await api.Get<IVoiceRecordings>().FindAsync(report.InterviewId, recordingId, None));
        Assert.Equal(400, (await PageAsync(token)).StatusCode);
        Assert.Equal(404, (await AudioAsync(token)).StatusCode);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static string TokenOf(Uri link) => HttpUtility.ParseQueryString(link.Query)["token"]!;

    private static async Task<byte[]> ReadAsync(ApiAnswer answer)
    {
        Assert.NotNull(answer.Streamed);
        await using var content = answer.Streamed.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(answer.Streamed.Length, copy.Length);
        return copy.ToArray();
    }

    private Task<ApiAnswer> UploadAsync(string interviewId, byte[] audio, string type, string? query = null) =>
        api.PostAsync(RouteNames.UploadVoice, new MemoryStream(audio), audio.Length, type, query: query, routeValues: ("id", interviewId));

    private Task<ApiAnswer> PageAsync(string? token) =>
        api.CallAsync(RouteNames.VoicePage, HttpMethods.Get, query: token is null ? null : "?token=" + Uri.EscapeDataString(token));

    private Task<ApiAnswer> AudioAsync(string? token, string? range = null) =>
        api.CallAsync(
            RouteNames.VoiceAudio,
            HttpMethods.Get,
            query: token is null ? null : "?token=" + Uri.EscapeDataString(token),
            headers: range is null ? null : new Dictionary<string, string> { ["Range"] = range });

    /// <summary>Uploads a recording, reports the interview referring to it, and answers the recorded report and its voice token.</summary>
    private async Task<(InterviewReport Report, string Token)> ReportWithVoiceAsync(string email, string locale = Locales.Japanese)
    {
        var interviewId = NewId();
        var upload = await UploadAsync(interviewId, WebM, VoiceFormats.WebM, "?durationSeconds=37");
        var recordingId = ApiHost.Json(upload).GetProperty("recordingId").GetString()!;
        var submitted = await SubmitAsync(interviewId, recordingId, email, locale);
        Assert.Equal(202, submitted.StatusCode);
        var report = await api.Interviews.RecordedReportAsync(interviewId);
        return (report, TokenOf(report.Feedback!.VoiceUrl!));
    }

    private Task<ApiAnswer> SubmitAsync(string interviewId, string? recordingId, string email, string locale = Locales.Japanese) =>
        api.CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, ApiHost.Utf8($$"""
            {
              "interviewId": "{{interviewId}}",
              "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
              "reaction": "considering",
              "candidate": { "name": "佐藤 花子", "email": "{{email}}", "timeZone": "Asia/Tokyo", "locale": "{{locale}}" },
              "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
              "feedback": {{(recordingId is null
                  ? """{ "positive": ["設計の説明が具体的でした"], "improve": ["数字で語ると伝わります"] }"""
                  : $$"""{ "voiceRecordingId": "{{recordingId}}" }""")}}
            }
            """));
}
