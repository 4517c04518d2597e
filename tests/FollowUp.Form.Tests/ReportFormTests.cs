using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Form.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Form.Tests;

/// <summary>
/// The interviewer's report form (<c>GET /api/form</c>) in a real browser against a real server and
/// durable runtime: what a person sees, what the page sends, and what it makes of each answer.
/// </summary>
[Collection(FormSiteDefinition.Name)]
public sealed partial class ReportFormTests(FormSite site) : IAsyncLifetime
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private IBrowserContext _context = null!;
    private ReportFormPage _form = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(10_000);
        _context = await site.NewContextAsync();
        _form = new ReportFormPage(await _context.NewPageAsync(), Tokyo);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task Considering_report_sent_from_the_form_starts_the_follow_up_under_the_confirmed_id()
    {
        // Arrange
        var page = _form.Page;
        await _form.OpenAsync();
        await _form.FillBasicsAsync("considering", "山田 花子", "hanako.yamada@example.com");
        await page.Locator("#add-profile").ClickAsync();
        await page.Locator(".p-network").Last.FillAsync("LinkedIn");
        await page.Locator(".p-url").Last.FillAsync("https://www.linkedin.com/in/hanako-yamada");
        await page.Locator("[data-list='positive'] textarea").First.FillAsync("決済基盤の移行を最後までやり切った経験を、具体的な数字で説明できていました。");
        await page.Locator("[data-list='positive'] .add-item").ClickAsync();
        await page.Locator("[data-list='positive'] textarea").Last.FillAsync("質問が的確で、チームの課題をすぐに掴んでいました。");
        await page.Locator("[data-list='improve'] textarea").First.FillAsync("設計判断の背景（なぜその選択肢か）を一言添えると、より伝わります。");
        await page.Locator("[data-list='prepare'] textarea").First.FillAsync("次回は CTO との技術面接です。直近のシステム設計を 1 つ図で説明できるようにしておいてください。");
        await page.Locator("#feedback-voice-url").FillAsync("https://voice.example.com/feedback/hanako");
        await page.Locator("#feedback-next-step-with").FillAsync("代表取締役の山根");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("report-form.png"), FullPage = true });

        // Act
        await _form.SubmitAsync();

        // Assert
        await Expect(page.Locator("#confirmation")).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-title")).ToHaveTextAsync("報告を受け付けました");
        var interviewId = await _form.ConfirmedIdAsync();
        Assert.Matches("^[0-9a-f]{32}$", interviewId);
        await Expect(page.Locator("#status-link")).ToHaveAttributeAsync("href", new Uri(site.BaseUrl, $"/api/interviews/{interviewId}").ToString());

        var instance = await site.Durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true);
        Assert.NotNull(instance);
        var report = instance.ReadInputAs<FollowUpInput>()!.Report;
        Assert.Equal(Reaction.Considering, report.Reaction);
        Assert.Equal("山田 花子", report.Candidate.Name);
        Assert.Equal([new SocialProfile("LinkedIn", "https://www.linkedin.com/in/hanako-yamada")], report.Candidate.Profiles);
        Assert.Equal(2, report.Feedback!.Positive.Count);
        Assert.Single(report.Feedback.Improve);
        Assert.Single(report.Feedback.Prepare);
        Assert.Equal(new Uri("https://voice.example.com/feedback/hanako"), report.Feedback.VoiceUrl);
        Assert.Equal("代表取締役の山根", report.Feedback.NextStepWith);
        await Eventually(() => site.Emails.KindsFor(interviewId).Contains(EmailKind.ConsideringThanksVoice), "the same-day thank-you with the voice link");
    }

    [Theory]
    [InlineData("ja", "次に会う人", "良かった点を 1 つ以上と、伸ばせる点か次のステップへの準備を 1 つ以上")]
    [InlineData("en", "Whom they would meet next", "at least one thing that went well and one thing to work on or prepare")]
    public async Task Considering_with_only_a_positive_point_is_stopped_in_the_page_saying_why(string language, string nextStepLabel, string why)
    {
        // Arrange
        await _form.OpenAsync();
        if (language == "en")
        {
            await _form.Page.Locator("#lang-en").ClickAsync();
        }

        await _form.FillBasicsAsync("considering", "田中 三郎", "saburo.tanaka@example.com");
        await _form.Page.Locator("[data-list='positive'] textarea").First.FillAsync("質問が的確でした。");
        var posted = false;
        _form.Page.Request += (_, request) => posted |= request.Method == "POST";

        // Act
        await _form.SubmitAsync();

        // Assert
        await Expect(_form.Page.Locator("label[for='feedback-next-step-with']")).ToContainTextAsync(nextStepLabel);
        await Expect(_form.ErrorOf("feedback")).ToContainTextAsync(why);
        await Expect(_form.Page.Locator("#confirmation")).ToBeHiddenAsync();
        Assert.False(posted, "the page sent a report the server would refuse");
    }

    [Fact]
    public async Task Server_error_for_the_candidate_email_is_shown_next_to_that_field()
    {
        // Arrange: the browser sends an address our own page would refuse, so only the server judges it.
        await _form.OpenAsync();
        await _form.FillBasicsAsync("undecided", "佐藤 次郎", "jiro.sato@example.com");
        await _form.Page.RouteAsync("**/api/interviews*", async route =>
        {
            var body = JsonNode.Parse(route.Request.PostData!)!;
            body["candidate"]!["email"] = "jiro..sato@example.com";
            await route.ContinueAsync(new() { PostData = Encoding.UTF8.GetBytes(body.ToJsonString()) });
        });
        var answer = _form.Page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/api/interviews", StringComparison.Ordinal));

        // Act
        await _form.SubmitAsync();

        // Assert
        Assert.Equal(400, (await answer).Status);
        await Expect(_form.ErrorOf("candidate.email")).ToHaveTextAsync("メールアドレスの形式が正しくありません。");
        await Expect(_form.Page.Locator("#candidate-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(_form.Page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(_form.Page.Locator("#confirmation")).ToBeHiddenAsync();
        await Expect(_form.Page.Locator(".field-error")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Next_interview_fields_are_shown_only_for_proceed()
    {
        // Arrange
        await _form.OpenAsync();
        var startsAt = _form.Page.Locator("#next-starts-at");
        var interviewer = _form.Page.Locator("#next-with");
        await Expect(startsAt).ToBeHiddenAsync();

        // Act + Assert, reaction by reaction
        await _form.ChooseAsync("considering");
        await Expect(startsAt).ToBeHiddenAsync();

        await _form.ChooseAsync("proceed");
        await Expect(startsAt).ToBeVisibleAsync();
        await Expect(interviewer).ToBeVisibleAsync();
        await Expect(_form.Page.Locator("#next-location")).ToBeVisibleAsync();
        await Expect(_form.Page.Locator("#next-duration")).ToHaveValueAsync("60");

        await _form.ChooseAsync("declined");
        await Expect(startsAt).ToBeHiddenAsync();
        await Expect(_form.Page.Locator("#sec-timeline")).ToBeVisibleAsync();

        await _form.ChooseAsync("undecided");
        await Expect(startsAt).ToBeHiddenAsync();
        await Expect(_form.Page.Locator("#sec-timeline")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Switching_to_English_changes_the_labels()
    {
        // Arrange
        await _form.OpenAsync();
        var page = _form.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.Locator("label[for='candidate-email']")).ToContainTextAsync("メールアドレス");

        // Act
        await page.Locator("#lang-en").ClickAsync();

        // Assert
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#lang-en")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Casual interview report");
        await Expect(page.Locator("label[for='candidate-email']")).ToContainTextAsync("Email");
        await Expect(page.Locator("label[for='candidate-name']")).ToContainTextAsync("Name");
        await Expect(page.Locator("label.choice:has(input[value='considering']) strong")).ToHaveTextAsync("Will consider");
        await Expect(page.Locator("#submit")).ToHaveTextAsync("Send report");
        var untranslated = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[data-i18n], [data-i18n-placeholder]')]" +
            ".filter(e => /[\\u3040-\\u30ff\\u4e00-\\u9fff]/.test(e.textContent + ' ' + (e.placeholder || '')))" +
            ".map(e => e.dataset.i18n || e.dataset.i18nPlaceholder)");
        Assert.Empty(untranslated);

        // Client-side messages follow the language too.
        await page.Locator("#submit").ClickAsync();
        await Expect(_form.ErrorOf("candidate.name")).ToHaveTextAsync("Required.");
    }

    [Fact]
    public async Task Served_page_references_no_other_host()
    {
        // Arrange
        using var http = new HttpClient { BaseAddress = site.BaseUrl };
        var requested = new List<string>();
        _form.Page.Request += (_, request) => requested.Add(request.Url);

        // Act
        using var response = await http.GetAsync(new Uri("/api/form", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        await _form.OpenAsync();
        await _form.ChooseAsync("considering");
        await _form.Page.Locator("#lang-en").ClickAsync();

        // Assert
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Empty(ExternalReference().Matches(html).Select(m => m.Value));
        Assert.Empty(CssExternalReference().Matches(html).Select(m => m.Value));
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.True(
            url.StartsWith("data:", StringComparison.Ordinal) || new Uri(url).Authority == site.BaseUrl.Authority,
            $"The page requested {url}."));
    }

    [Fact]
    public async Task Function_key_in_the_page_url_is_sent_with_the_report_and_the_status_requests()
    {
        // Arrange
        await _form.OpenAsync("?code=form-key-123");
        await _form.FillBasicsAsync("undecided", "鈴木 一郎", "ichiro.suzuki@example.com");

        // Act
        await _form.SubmitAsync();
        await Expect(_form.Page.Locator("#confirmation")).ToBeVisibleAsync();
        var interviewId = await _form.ConfirmedIdAsync();
        var statusCall = _form.Page.WaitForResponseAsync(r => r.Request.Method == "GET" && r.Url.Contains($"/api/interviews/{interviewId}", StringComparison.Ordinal));
        await _form.Page.Locator("#refresh-status").ClickAsync();
        await statusCall;

        // Assert
        Assert.Contains(site.Requests, r => r is { Method: "POST", Path: "/api/interviews", Code: "form-key-123" });
        Assert.Contains(site.Requests, r => r.Method == "GET" && r.Path == $"/api/interviews/{interviewId}" && r.Code == "form-key-123");
        await Expect(_form.Page.Locator("#status-link")).ToHaveAttributeAsync("href", new Regex($"/api/interviews/{interviewId}\\?code=form-key-123$"));
    }

    [Fact]
    public async Task Status_refused_to_the_interviewers_key_says_the_report_is_in_and_progress_is_for_admins()
    {
        // Arrange: in Azure the status route is the admins' and refuses the interviewer's key.
        await _form.OpenAsync("?code=interviewer-key");
        await _form.FillBasicsAsync("undecided", "佐々木 次郎", "jiro.sasaki@example.com");
        await _form.Page.RouteAsync("**/api/interviews/*", async route =>
        {
            if (route.Request.Method == "GET")
            {
                await route.FulfillAsync(new() { Status = 401, ContentType = "application/problem+json", Body = """{ "status": 401, "title": "Sign-in required" }""" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        // Act
        await _form.SubmitAsync();
        await Expect(_form.Page.Locator("#confirmation")).ToBeVisibleAsync();
        await _form.Page.Locator("#refresh-status").ClickAsync();

        // Assert
        await Expect(_form.Page.Locator("#confirm-message")).ToContainTextAsync("管理者の方だけが確認できます");
        await Expect(_form.Page.Locator("#confirm-title")).ToHaveTextAsync("報告を受け付けました");
    }

    [Fact]
    public async Task Same_interview_id_with_different_content_shows_the_conflict_message()
    {
        // Arrange: one report accepted under an id of the company's own.
        var interviewId = "form-conflict-" + Guid.NewGuid().ToString("N")[..8];
        await _form.OpenAsync();
        await _form.SetInterviewIdAsync(interviewId);
        await _form.FillBasicsAsync("undecided", "高橋 美咲", "misaki.takahashi@example.com");
        await _form.SubmitAsync();
        await Expect(_form.Page.Locator("#confirmation")).ToBeVisibleAsync();
        await _form.Page.Locator("#report-another").ClickAsync();

        // Act: another report under the same id.
        await _form.SetInterviewIdAsync(interviewId);
        await _form.FillBasicsAsync("declined", "高橋 美咲", "misaki.takahashi@example.com");
        await _form.SubmitAsync();

        // Assert
        await Expect(_form.Page.Locator("#notice")).ToBeVisibleAsync();
        await Expect(_form.Page.Locator("#notice")).ToHaveAttributeAsync("data-kind", "conflict");
        await Expect(_form.Page.Locator("#notice")).ToContainTextAsync("この面談 ID は別の内容で報告済みです");
        await Expect(_form.Page.Locator("#confirmation")).ToBeHiddenAsync();
        var instance = await site.Durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true);
        Assert.Equal(Reaction.Undecided, instance!.ReadInputAs<FollowUpInput>()!.Report.Reaction);
    }

    [Fact]
    public async Task Network_failure_keeps_the_entries_and_the_resend_reuses_the_same_interview_id()
    {
        // Arrange: the connection drops on the first attempt.
        await _form.OpenAsync();
        await _form.FillBasicsAsync("undecided", "伊藤 蓮", "ren.ito@example.com");
        string? firstAttemptId = null;
        await _form.Page.RouteAsync("**/api/interviews*", async route =>
        {
            firstAttemptId = JsonNode.Parse(route.Request.PostData!)!["interviewId"]!.GetValue<string>();
            await route.AbortAsync("internetdisconnected");
        });

        // Act
        await _form.SubmitAsync();

        // Assert
        await Expect(_form.Page.Locator("#notice")).ToHaveAttributeAsync("data-kind", "network");
        await Expect(_form.Page.Locator("#notice")).ToContainTextAsync("サーバーに接続できませんでした");
        await Expect(_form.Page.Locator("#candidate-email")).ToHaveValueAsync("ren.ito@example.com");
        await Expect(_form.Page.Locator("#submit")).ToBeEnabledAsync();

        // Once the network is back, the resend carries the same id: had the first attempt arrived after
        // all, the server would answer it as a repeat instead of starting a second follow-up.
        await _form.Page.UnrouteAllAsync();
        await _form.SubmitAsync();
        await Expect(_form.Page.Locator("#confirmation")).ToBeVisibleAsync();
        var interviewId = await _form.ConfirmedIdAsync();
        Assert.Equal(firstAttemptId, interviewId);
        Assert.NotNull(await site.Durable.GetInstanceAsync(interviewId));
    }

    [Fact]
    public async Task Missing_required_fields_are_marked_in_the_browser_without_posting()
    {
        // Arrange
        await _form.OpenAsync();
        var postsBefore = site.PostCount;

        // Act
        await _form.SubmitAsync();

        // Assert
        await Expect(_form.Page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(_form.ErrorOf("reaction")).ToHaveTextAsync("候補者の反応を選んでください。");
        await Expect(_form.ErrorOf("candidate.name")).ToHaveTextAsync("入力してください。");
        await Expect(_form.ErrorOf("candidate.email")).ToHaveTextAsync("入力してください。");
        await Expect(_form.ErrorOf("owner.name")).ToHaveTextAsync("入力してください。");
        await Expect(_form.ErrorOf("owner.email")).ToHaveTextAsync("入力してください。");
        Assert.Equal(postsBefore, site.PostCount);

        // Fixing the fields clears their errors on the next attempt.
        await _form.FillBasicsAsync("proceed", "中村 翔", "not-an-address");
        await _form.Page.Locator("#next-starts-at").FillAsync(_form.LocalInput(DateTimeOffset.UtcNow.AddDays(-1)));
        await _form.SubmitAsync();
        await Expect(_form.ErrorOf("candidate.name")).ToHaveCountAsync(0);
        await Expect(_form.ErrorOf("candidate.email")).ToHaveTextAsync("メールアドレスの形式が正しくありません。");
        await Expect(_form.ErrorOf("nextInterview.startsAt")).ToHaveTextAsync("現在より後の日時を入力してください。");
        await Expect(_form.ErrorOf("nextInterview.with")).ToHaveTextAsync("入力してください。");
        Assert.Equal(postsBefore, site.PostCount);
    }

    [Theory]
    [InlineData("ja", "候補日時（候補者が選んで予約）")]
    [InlineData("en", "Times the candidate can book")]
    public async Task Proceed_without_a_date_sends_the_slots_the_candidate_can_book(string language, string heading)
    {
        // Arrange
        var page = _form.Page;
        await _form.OpenAsync();
        await page.Locator($".lang button[data-lang='{language}']").ClickAsync();
        await _form.FillBasicsAsync("proceed", "山田 花子", $"hanako.slots.{language}@example.com");
        await Expect(page.Locator("#sec-slots")).ToBeHiddenAsync();
        await page.Locator("#next-booked").UncheckAsync();
        await Expect(page.Locator("#sec-slots-title")).ToContainTextAsync(heading);
        var first = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(4), Tokyo).Date.AddHours(14);
        foreach (var (start, with) in new[] { (first, "CEO 山根"), (first.AddDays(1), "CTO 田中") })
        {
            await page.Locator("#add-slot").ClickAsync();
            await page.Locator(".s-starts-at").Last.FillAsync(start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            await page.Locator(".s-duration").Last.FillAsync("45");
            await page.Locator(".s-with").Last.FillAsync(with);
            await page.Locator(".s-location").Last.FillAsync("https://meet.example.com/next");
        }

        await page.ScreenshotAsync(new() { Path = ScreenshotPath($"report-form-slots-{language}.png"), FullPage = true });

        // Act
        await _form.SubmitAsync();

        // Assert
        await Expect(page.Locator("#confirmation")).ToBeVisibleAsync();
        var instance = await site.Durable.GetInstanceAsync(await _form.ConfirmedIdAsync(), getInputsAndOutputs: true);
        var report = instance!.ReadInputAs<FollowUpInput>()!.Report;
        Assert.Null(report.NextInterview);
        Assert.Equal(["CEO 山根", "CTO 田中"], report.Slots.Select(s => s.With));
        Assert.Equal(new DateTimeOffset(first, TimeSpan.FromHours(9)), report.Slots[0].StartsAt);
        Assert.All(report.Slots, s => Assert.Equal(45, s.DurationMinutes));
        await Eventually(() => site.Emails.KindsFor(instance.InstanceId).Contains(EmailKind.AskAvailability), "the request for availability");
    }

    [Fact]
    public async Task Proceed_report_sends_the_next_interview_in_the_browsers_local_time_with_its_offset()
    {
        // Arrange: an interviewer whose browser runs in New York.
        await using var context = await site.NewContextAsync("America/New_York", "en-US");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var form = new ReportFormPage(await context.NewPageAsync(), newYork);
        await form.OpenAsync();
        await form.FillBasicsAsync("proceed", "Emma Brown", "emma.brown@example.com");
        var localTime = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(5), newYork).Date.AddHours(10).AddMinutes(30);
        var localStart = new DateTimeOffset(localTime, newYork.GetUtcOffset(localTime));
        await form.Page.Locator("#next-starts-at").FillAsync(localStart.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await form.Page.Locator("#next-duration").FillAsync("45");
        await form.Page.Locator("#next-with").FillAsync("CEO 山根");
        await form.Page.Locator("#next-location").FillAsync("https://meet.example.com/next");

        // Act
        await form.SubmitAsync();

        // Assert
        await Expect(form.Page.Locator("#confirmation")).ToBeVisibleAsync();
        var instance = await site.Durable.GetInstanceAsync(await form.ConfirmedIdAsync(), getInputsAndOutputs: true);
        var next = instance!.ReadInputAs<FollowUpInput>()!.Report.NextInterview!;
        Assert.Equal(localStart, next.StartsAt);
        Assert.Equal(localStart.Offset, next.StartsAt.Offset);
        Assert.Equal(45, next.DurationMinutes);
        Assert.Equal("CEO 山根", next.With);
        await Eventually(() => site.Emails.KindsFor(instance.InstanceId).Contains(EmailKind.ProceedConfirmation), "the same-day confirmation");
    }

    [Fact]
    public async Task Declined_report_sends_the_contact_timeline_rows()
    {
        // Arrange
        await _form.OpenAsync();
        await _form.FillBasicsAsync("declined", "小林 蒼", "aoi.kobayashi@example.com");
        var rows = _form.Page.Locator("#contact-rows .row");
        var scoutAt = DateTimeOffset.UtcNow.AddDays(-10);
        await rows.Nth(0).Locator(".c-at").FillAsync(_form.LocalInput(scoutAt));
        await rows.Nth(0).Locator(".c-direction").SelectOptionAsync("company");
        await rows.Nth(0).Locator(".c-channel").FillAsync("scout");
        await _form.Page.Locator("#add-contact").ClickAsync();
        await rows.Nth(1).Locator(".c-at").FillAsync(_form.LocalInput(scoutAt.AddDays(4)));
        await rows.Nth(1).Locator(".c-channel").FillAsync("email");

        // Act: the second row has no direction yet.
        await _form.SubmitAsync();
        await Expect(_form.ErrorOf("contactTimeline[1].direction")).ToHaveTextAsync("「候補者から」か「当社から」を選んでください。");
        await rows.Nth(1).Locator(".c-direction").SelectOptionAsync("candidate");
        await _form.SubmitAsync();

        // Assert
        await Expect(_form.Page.Locator("#confirmation")).ToBeVisibleAsync();
        var instance = await site.Durable.GetInstanceAsync(await _form.ConfirmedIdAsync(), getInputsAndOutputs: true);
        var timeline = instance!.ReadInputAs<FollowUpInput>()!.Report.ContactTimeline;
        Assert.Equal([ContactDirection.Company, ContactDirection.Candidate], timeline.Select(e => e.Direction));
        Assert.Equal(["scout", "email"], timeline.Select(e => e.Channel));
        Assert.Equal(TimeSpan.FromHours(9), timeline[0].At.Offset);
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static string ScreenshotPath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? Directory.GetCurrentDirectory();
        var folder = Path.Combine(root, ".data", "test-results");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    /// <summary>A src, href, action, poster or srcset that points at any host (absolute or protocol-relative URL).</summary>
    [GeneratedRegex("""\b(?:src|href|action|poster|srcset|formaction)\s*=\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""url\(\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex CssExternalReference();
}
