using System.Text.RegularExpressions;
using FollowUp.Form.Tests.Support;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;
using FollowUp.Testing;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Form.Tests;

/// <summary>
/// The interviewer records a message in the form with a (fake) microphone and sends the report; the candidate
/// opens the link of the real email in the pickup folder and plays it; the owner's timeline shows the play.
/// </summary>
[Collection(VoiceSiteDefinition.Name)]
public sealed partial class VoiceFeedbackTests(VoiceSite site)
{
    [Theory]
    [InlineData("ja", "ja-JP", "録音できました", "からの音声メッセージ")]
    [InlineData("en", "en-US", "Recorded", "A voice message from")]
    public async Task A_message_recorded_in_the_form_reaches_the_candidate_as_a_private_page_that_plays_it(string language, string browserLocale, string recorded, string pageTitle)
    {
        // Arrange
        await using var context = await site.NewContextAsync(browserLocale);
        var form = new ReportFormPage(await context.NewPageAsync(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        var page = form.Page;
        await form.OpenAsync();
        if (language == "en")
        {
            await page.Locator("#lang-en").ClickAsync();
        }

        await form.FillBasicsAsync("considering", language == "en" ? "Alex Morgan" : "山田 花子", $"voice.{language}@example.com");
        await page.Locator("#candidate-locale").SelectOptionAsync(language);

        // Act: record about two seconds, stop, and send.
        await page.Locator("#voice-start").ClickAsync();
        await Expect(page.Locator("#voice-stop")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(2200);
        await page.Locator("#voice-stop").ClickAsync();
        await Expect(page.Locator("#voice-playback")).ToBeVisibleAsync();
        await Expect(page.Locator("#voice-status")).ToContainTextAsync(recorded);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath($"voice-form-{language}.png"), FullPage = true });
        var upload = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/voice", StringComparison.Ordinal));
        await form.SubmitAsync();

        // Assert: uploaded, reported, emailed.
        Assert.Equal(201, (await upload).Status);
        await Expect(page.Locator("#confirmation")).ToBeVisibleAsync();
        var interviewId = await form.ConfirmedIdAsync();
        var email = await site.Outbox.WaitForAsync(interviewId, "ConsideringThanksVoice");
        var link = ListeningLink().Match(email.TextBody ?? string.Empty);
        Assert.True(link.Success, "the voice email links to the listening page: " + email.TextBody);
        Assert.StartsWith(site.BaseUrl.ToString(), link.Value, StringComparison.Ordinal);

        // The candidate opens the link: nothing is fetched or recorded until they press play.
        var candidate = await context.NewPageAsync();
        var audioRequests = 0;
        candidate.Request += (_, request) => audioRequests += request.Url.Contains("/api/voice/audio", StringComparison.Ordinal) ? 1 : 0;
        await candidate.GotoAsync(link.Value);
        await Expect(candidate.Locator("h1")).ToContainTextAsync(pageTitle);
        Assert.Equal(language, await candidate.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(0, audioRequests);
        Assert.Null(await site.Timeline.FindAsync(interviewId, VoiceListening.ListenedKey, CancellationToken.None));
        await candidate.ScreenshotAsync(new() { Path = ScreenshotPath($"voice-page-{language}.png"), FullPage = true });

        var audio = candidate.WaitForResponseAsync(r => r.Url.Contains("/api/voice/audio", StringComparison.Ordinal));
        await candidate.Locator("audio").EvaluateAsync("audio => audio.play()");
        var answer = await audio;
        Assert.True(answer.Status is 200 or 206, $"audio answered {answer.Status}");
        Assert.Equal("audio/webm", answer.Headers["content-type"]);
        await candidate.WaitForFunctionAsync("() => document.querySelector('audio').currentTime > 0");

        var listened = await EventuallyAsync(() => site.Timeline.FindAsync(interviewId, VoiceListening.ListenedKey, CancellationToken.None));
        Assert.Equal(TimelineEntryKind.VoiceListened, listened.Kind);
    }

    [Fact]
    public async Task When_the_upload_fails_no_report_is_sent_and_the_recorder_says_why()
    {
        // Arrange
        await using var context = await site.NewContextAsync();
        var form = new ReportFormPage(await context.NewPageAsync(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        await form.OpenAsync();
        await form.FillBasicsAsync("considering", "伊藤 三郎", "voice.fails@example.com");
        await form.Page.Locator("#voice-start").ClickAsync();
        await form.Page.WaitForTimeoutAsync(1200);
        await form.Page.Locator("#voice-stop").ClickAsync();
        await Expect(form.Page.Locator("#voice-playback")).ToBeVisibleAsync();
        await form.Page.RouteAsync("**/voice*", route => route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = "{}" }));
        var reports = 0;
        form.Page.Request += (_, request) => reports += request.Method == "POST" && request.Url.EndsWith("/api/interviews", StringComparison.Ordinal) ? 1 : 0;

        // Act
        await form.SubmitAsync();

        // Assert
        await Expect(form.ErrorOf("feedback.voiceRecordingId")).ToContainTextAsync("アップロードできませんでした（503）");
        await Expect(form.Page.Locator("#confirmation")).ToBeHiddenAsync();
        Assert.Equal(0, reports);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(100, deadline.Token);
        }
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, ".data", "test-results");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/api/voice\?token=[a-z2-7]+")]
    private static partial Regex ListeningLink();
}
