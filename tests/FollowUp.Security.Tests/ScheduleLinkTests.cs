using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Security.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Security.Tests;

/// <summary>
/// The scheduling link is the only authority on an anonymous route that books: forged, truncated and
/// other-purpose tokens book nothing, and nothing a report carries is reflected into the page as markup.
/// </summary>
[Collection(OnLocalHost.Name)]
public sealed partial class ScheduleLinkTests(SecurityHost api)
{
    private const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static JsonObject Slot(int daysAhead, string with = "CEO 山根") => new()
    {
        ["startsAt"] = DateTimeOffset.UtcNow.AddDays(daysAhead).ToString("O", CultureInfo.InvariantCulture),
        ["with"] = with,
        ["location"] = "https://meet.example.com/abc",
    };

    private async Task<(string ScheduleToken, string OptOutToken)> StartOfferingAsync(string id, params JsonObject[] slots)
    {
        var report = Reports.Report(id, "considering");
        ((JsonObject)report["owner"]!)["email"] = $"owner-{id}@example.co.jp";
        report["slots"] = new JsonArray(slots.Select(s => (JsonNode)s).ToArray());
        var email = await api.StartCaseAsync(report, "ConsideringThanks");
        return (ScheduleLink().Match(email.TextBody ?? string.Empty).Groups["token"].Value, OptOutLink().Match(email.TextBody ?? string.Empty).Groups["token"].Value);
    }

    private Task<HttpResponseMessage> BookAsync(string token, string slot) =>
        api.SendAsync(HttpMethod.Post, "/api/schedule?token=" + Uri.EscapeDataString(token), "slot=" + slot, "application/x-www-form-urlencoded");

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_scheduling_link_without_a_valid_token_answers_the_400_page_and_books_nothing(string token)
    {
        var sentBefore = api.OutboxCount;

        using var page = await api.Http.GetAsync(new Uri("/api/schedule?token=" + token, UriKind.Relative));
        using var booking = await BookAsync(token, "0123456789abcdef");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, booking.StatusCode);
        Assert.Equal("text/html", booking.Content.Headers.ContentType?.MediaType);
        Assert.Equal(sentBefore, api.OutboxCount);
    }

    [Fact]
    public async Task The_opt_out_token_does_not_open_the_scheduling_page_nor_the_scheduling_token_opt_out()
    {
        var (schedule, optOut) = await StartOfferingAsync("sec-schedule-purpose", Slot(3));

        using var page = await api.Http.GetAsync(new Uri("/api/schedule?token=" + optOut, UriKind.Relative));
        using var optOutPage = await api.Http.GetAsync(new Uri("/api/opt-out?token=" + schedule, UriKind.Relative));
        using var genuine = await api.Http.GetAsync(new Uri("/api/schedule?token=" + schedule, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, optOutPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Contains("no-store", genuine.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", string.Join(' ', genuine.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_slot_arrives_escaped_on_the_page_and_a_forged_slot_id_books_nothing()
    {
        var (schedule, _) = await StartOfferingAsync("sec-schedule-markup", Slot(3, Markup));

        using var page = await api.Http.GetAsync(new Uri("/api/schedule?token=" + schedule, UriKind.Relative));
        using var forged = await BookAsync(schedule, "<b>x</b>");
        var html = await page.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("<b>x</b>", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var status = await api.Http.StatusAsync("sec-schedule-markup");
        Assert.All(status.GetProperty("slots").EnumerateArray(), s => Assert.False(s.TryGetProperty("bookedAt", out _)));
    }

    [Fact]
    public async Task Crlf_in_a_slot_is_refused_naming_the_field()
    {
        var report = Reports.Report("sec-schedule-crlf", "considering");
        report["slots"] = new JsonArray(Slot(3, "山根\r\nBcc: attacker@evil.example"));

        using var answer = await api.Http.SubmitAsync(report);

        var problem = await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("slots[0].with", out _), problem.ToString());
        await api.AssertNothingStoredOrSentAsync("sec-schedule-crlf");
    }

    [GeneratedRegex(@"/api/schedule\?token=(?<token>[a-z2-7]+)")]
    private static partial Regex ScheduleLink();

    [GeneratedRegex(@"/api/opt-out\?token=(?<token>[a-z2-7]+)")]
    private static partial Regex OptOutLink();
}
