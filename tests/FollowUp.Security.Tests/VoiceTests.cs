using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Security.Tests.Support;
using FollowUp.Testing;
using MimeKit;

namespace FollowUp.Security.Tests;

/// <summary>
/// The voice routes under attack on the local host: uploads that are not what they claim, and the
/// listening page and audio reached with forged tokens, tokens of another purpose or of another case.
/// </summary>
[Collection(OnLocalHost.Name)]
public sealed partial class VoiceTests(SecurityHost api)
{
    private const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static readonly byte[] WebM = [0x1A, 0x45, 0xDF, 0xA3, .. Enumerable.Range(0, 600).Select(i => (byte)(i % 249))];

    public static TheoryData<string, string, string, HttpStatusCode> BadUploads => new()
    {
        // interview id, content type, body (text), expected
        { "sec-voice-1", "text/html", "<html><script>alert(1)</script></html>", HttpStatusCode.UnsupportedMediaType },
        { "sec-voice-2", "audio/webm", "<html><script>alert(1)</script></html>", HttpStatusCode.UnsupportedMediaType },
        { "sec-voice-3", "audio/ogg", "\u001AE\u00DF\u00A3 not ogg", HttpStatusCode.UnsupportedMediaType },
        { "sec-voice-4", "audio/mp4", "GIF89a....ftyp", HttpStatusCode.UnsupportedMediaType },
        { "sec-voice-5", "application/json", "{}", HttpStatusCode.UnsupportedMediaType },
        { "sec-voice-6?durationSeconds=9999", "audio/webm", "x", HttpStatusCode.BadRequest },
        { "sec-voice-7?durationSeconds=%3Cscript%3E", "audio/webm", "x", HttpStatusCode.BadRequest },
        { "sec%20voice", "audio/webm", "x", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task An_upload_that_is_not_what_it_claims_answers_its_4xx_as_problem_json(string idAndQuery, string contentType, string body, HttpStatusCode expected)
    {
        using var answer = await api.SendAsync(HttpMethod.Post, Upload(idAndQuery), body, contentType);

        var problem = await SecurityHost.AssertProblemAsync(answer, expected);
        Assert.DoesNotContain("<script", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_report_referring_to_a_recording_it_never_uploaded_is_refused_and_starts_nothing()
    {
        var report = Reports.Report("sec-voice-none", "considering");
        report["feedback"] = new JsonObject { ["voiceRecordingId"] = new string('a', 32) };

        using var answer = await api.Http.SubmitAsync(report);

        var problem = await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("feedback.voiceRecordingId", out _), problem.ToString());
        await api.AssertNothingStoredOrSentAsync("sec-voice-none");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData(Markup)]
    public async Task A_listening_link_without_a_valid_token_shows_the_400_page_and_serves_no_audio(string token)
    {
        using var page = await api.Http.GetAsync(new Uri("/api/voice?token=" + Uri.EscapeDataString(token), UriKind.Relative));
        using var audio = await api.Http.GetAsync(new Uri("/api/voice/audio?token=" + Uri.EscapeDataString(token), UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        await SecurityHost.AssertProblemAsync(audio, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_listening_page_escapes_names_and_opens_only_with_its_own_cases_voice_token()
    {
        // Arrange: two cases with recordings of different bytes; names carrying markup.
        var mine = await StartWithVoiceAsync("sec-voice-mine", WebM, "花子" + Markup);
        var other = await StartWithVoiceAsync("sec-voice-other", [.. WebM[..4], .. Enumerable.Repeat((byte)7, 300)], "次郎");
        var link = VoiceLink(mine);
        var optOut = mine.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>');
        var replyToken = mine.ReplyTo!.Mailboxes.Single().LocalPart.Split('+')[1];

        // Act
        using var page = await api.Http.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        using var audio = await api.Http.GetAsync(AudioOf(link));
        var bytes = await audio.Content.ReadAsByteArrayAsync();
        using var otherAudio = await api.Http.GetAsync(AudioOf(VoiceLink(other)));

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("花子&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("media-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(WebM, bytes);
        Assert.Equal("audio/webm", audio.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(bytes, await otherAudio.Content.ReadAsByteArrayAsync());
        foreach (var token in new[] { QueryToken(new Uri(optOut)), replyToken })
        {
            using var refused = await api.Http.GetAsync(new Uri("/api/voice/audio?token=" + Uri.EscapeDataString(token), UriKind.Relative));
            await SecurityHost.AssertProblemAsync(refused, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_range_the_recording_does_not_have_answers_416_and_a_malformed_one_the_whole_recording()
    {
        var email = await StartWithVoiceAsync("sec-voice-range", WebM, "三郎");
        var audioPath = AudioOf(VoiceLink(email));

        using var beyond = new HttpRequestMessage(HttpMethod.Get, audioPath);
        beyond.Headers.TryAddWithoutValidation("Range", "bytes=999999-");
        using var beyondAnswer = await api.Http.SendAsync(beyond);
        using var garbled = new HttpRequestMessage(HttpMethod.Get, audioPath);
        garbled.Headers.TryAddWithoutValidation("Range", "bytes=-9-x,<script>");
        using var garbledAnswer = await api.Http.SendAsync(garbled);

        await SecurityHost.AssertProblemAsync(beyondAnswer, HttpStatusCode.RequestedRangeNotSatisfiable);
        Assert.Equal($"bytes */{WebM.Length}", beyondAnswer.Content.Headers.ContentRange?.ToString());
        Assert.Equal(HttpStatusCode.OK, garbledAnswer.StatusCode);
        Assert.Equal(WebM, await garbledAnswer.Content.ReadAsByteArrayAsync());
    }

    private static string Upload(string idAndQuery)
    {
        var parts = idAndQuery.Split('?', 2);
        return $"/api/interviews/{parts[0]}/voice" + (parts.Length > 1 ? "?" + parts[1] : string.Empty);
    }

    private static string QueryToken(Uri link) => System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;

    /// <summary>The listening link of a voice email, as a path on this host.</summary>
    private static Uri VoiceLink(MimeMessage email)
    {
        var match = ListeningLink().Match(email.TextBody ?? string.Empty);
        Assert.True(match.Success, email.TextBody);
        return new Uri(new Uri(match.Value).PathAndQuery, UriKind.Relative);
    }

    private static Uri AudioOf(Uri link) =>
        new(link.OriginalString.Replace("/api/voice?", "/api/voice/audio?", StringComparison.Ordinal), UriKind.Relative);

    private async Task<MimeMessage> StartWithVoiceAsync(string interviewId, byte[] audio, string candidateName)
    {
        using var content = new ByteArrayContent(audio) { Headers = { ContentType = new MediaTypeHeaderValue("audio/webm") } };
        using var upload = await api.Http.PostAsync(new Uri($"/api/interviews/{interviewId}/voice?durationSeconds=12", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var uploaded = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
        var report = Reports.Report(interviewId, "considering").With("candidate.name", candidateName);
        report["feedback"] = new JsonObject { ["voiceRecordingId"] = uploaded.RootElement.GetProperty("recordingId").GetString() };
        return await api.StartCaseAsync(report, "ConsideringThanksVoice");
    }

    [GeneratedRegex(@"https?://[^\s/]+/api/voice\?token=[a-z2-7]+")]
    private static partial Regex ListeningLink();
}
