using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Testing;
using Microsoft.Playwright;

namespace FollowUp.Form.Tests;

/// <summary>
/// The candidate's side of self-scheduling, end to end: the local host on Azurite writes the real
/// email into its pickup folder, Chromium opens the link from that .eml, picks a slot and books it,
/// and the confirmation with its invitation follows.
/// </summary>
public sealed partial class ScheduleLinkBrowserTests : Support.LocalHostBrowserTest
{
    [Theory]
    [InlineData("ja", "AskAvailability", "proceed", "面接の日時を選ぶ", "この日時で予約する", "ご予約ありがとうございます")]
    [InlineData("en", "ConsideringThanks", "considering", "Choose a time", "Book this time", "Thank you, you are booked")]
    public async Task A_candidate_books_a_slot_from_the_emailed_link_and_gets_the_confirmation(string locale, string firstEmail, string reaction, string button, string book, string thanks)
    {
        var id = $"browser-schedule-{locale}";
        var first = DateTimeOffset.UtcNow.AddDays(3);
        var report = Reports.Report(id, reaction);
        ((JsonObject)report["candidate"]!)["locale"] = locale;
        ((JsonObject)report["owner"]!)["email"] = $"owner-{id}@example.co.jp";
        report["slots"] = new JsonArray(Slot(first, "CEO 山根"), Slot(first.AddDays(1), "CTO 田中"));
        using (var accepted = await Host.Http.SubmitAsync(report))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        var email = await Host.Outbox.WaitForAsync(id, firstEmail);
        Assert.Contains(button, email.HtmlBody, StringComparison.Ordinal);
        var link = ScheduleLink().Match(email.HtmlBody ?? string.Empty).Groups["url"].Value;

        await using var context = await Browser.NewContextAsync(new() { TimezoneId = "Asia/Tokyo", Locale = locale == "en" ? "en-GB" : "ja-JP", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(WebUtility.HtmlDecode(link));
        await page.ScreenshotAsync(new() { Path = Support.TestResults.PathFor($"schedule-page-{locale}.png"), FullPage = true });
        await page.GetByLabel("CTO 田中", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = book }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = thanks })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("CTO 田中")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Support.TestResults.PathFor($"schedule-booked-{locale}.png"), FullPage = true });
        var confirmation = await Host.Outbox.WaitForAsync(id, "ProceedConfirmation");
        Assert.Contains(confirmation.Attachments, a => a.ContentType.MimeType == "text/calendar");
        await Host.Outbox.WaitForAsync(id, "OwnerSlotBooked");
    }

    private static JsonObject Slot(DateTimeOffset startsAt, string with) => new()
    {
        ["startsAt"] = startsAt.ToString("O", CultureInfo.InvariantCulture),
        ["durationMinutes"] = 45,
        ["with"] = with,
        ["location"] = "https://meet.example.com/abc-defg-hij",
    };

    [GeneratedRegex("""href="(?<url>http://127\.0\.0\.1:\d+/api/schedule\?token=[a-z2-7]+)" """)]
    private static partial Regex ScheduleLink();
}
