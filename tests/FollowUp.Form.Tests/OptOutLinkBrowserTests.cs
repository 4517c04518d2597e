using System.Net;
using System.Text.RegularExpressions;
using FollowUp.Testing;
using Microsoft.Playwright;

namespace FollowUp.Form.Tests;

/// <summary>
/// The candidate's opt-out, end to end in a real browser: the link from the real .eml opens a
/// confirmation, and its button unsubscribes. A browser posts the form with an Origin header, which
/// the local host's cross-site guard checks, so only a browser shows whether the button works there.
/// </summary>
public sealed partial class OptOutLinkBrowserTests : Support.LocalHostBrowserTest
{
    [Fact]
    public async Task A_candidate_opens_the_emailed_opt_out_link_presses_the_button_and_is_unsubscribed()
    {
        // Arrange
        const string id = "browser-opt-out";
        using (var accepted = await Host.Http.SubmitAsync(Reports.Report(id, "considering")))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        var email = await Host.Outbox.WaitForAsync(id, "ConsideringThanks");
        var link = WebUtility.HtmlDecode(OptOutLink().Match(email.HtmlBody ?? string.Empty).Groups["url"].Value);
        Assert.NotEmpty(link);
        await using var context = await Browser.NewContextAsync(new() { Locale = "ja-JP" });
        var page = await context.NewPageAsync();

        // Act
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "配信停止の確認" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "配信を停止する" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "配信を停止しました" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Support.TestResults.PathFor("opt-out-done-ja.png"), FullPage = true });
    }

    [GeneratedRegex("""href="(?<url>http://127\.0\.0\.1:\d+/api/opt-out\?token=[^"]+)" """)]
    private static partial Regex OptOutLink();
}
