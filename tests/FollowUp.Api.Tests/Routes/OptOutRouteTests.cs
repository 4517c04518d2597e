using System.Web;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Api.Tests.Routes;

public sealed class OptOutRouteTests(ApiHost api) : IClassFixture<ApiHost>
{

    private string OptOutToken(string interviewId) =>
        HttpUtility.ParseQueryString(api.Tokens.OptOutLinkFor(interviewId).Query)["token"]!;

    [Fact]
    public async Task Opt_out_link_marks_the_pool_and_the_follow_up_and_thanks_the_candidate_in_japanese()
    {
        var report = await api.StartWaitingAsync(email: "ja.optout@example.com", locale: Locales.Japanese);

        var answer = await api.OptOutAsync(OptOutToken(report.InterviewId));

        Assert.Equal(200, answer.StatusCode);
        Assert.StartsWith("text/html", answer.ContentType, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", answer.Body, StringComparison.Ordinal);
        Assert.Contains("配信を停止しました", answer.Body, StringComparison.Ordinal);
        Assert.True(await api.TalentPool.IsOptedOutAsync("ja.optout@example.com", CancellationToken.None));
        var status = await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.OptedOut);
        Assert.True(status.OptedOut);
        var entry = await api.Timeline.FindAsync(report.InterviewId, CandidateOptOut.TimelineKey, CancellationToken.None);
        Assert.Equal(TimelineEntryKind.OptedOut, entry!.Kind);
    }

    [Fact]
    public async Task English_candidate_gets_the_page_in_english()
    {
        var report = await api.StartWaitingAsync(email: "en.optout@example.com", locale: Locales.English);

        var answer = await api.OptOutAsync(OptOutToken(report.InterviewId));

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains("<html lang=\"en\">", answer.Body, StringComparison.Ordinal);
        Assert.Contains("You have been unsubscribed", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_click_shows_the_same_page_and_keeps_the_first_opt_out()
    {
        var report = await api.StartWaitingAsync(email: "twice@example.com");
        var token = OptOutToken(report.InterviewId);
        await api.OptOutAsync(token);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.OptedOut);
        var first = await api.Timeline.FindAsync(report.InterviewId, CandidateOptOut.TimelineKey, CancellationToken.None);

        var again = await api.OptOutAsync(token);

        Assert.Equal(200, again.StatusCode);
        Assert.Equal(first, await api.Timeline.FindAsync(report.InterviewId, CandidateOptOut.TimelineKey, CancellationToken.None));
        Assert.Single(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.OptedOut);
    }

    [Fact]
    public async Task Opt_out_after_the_follow_up_finished_still_marks_the_pool()
    {
        var report = await api.StartFinishedAsync();

        var answer = await api.OptOutAsync(OptOutToken(report.InterviewId));

        Assert.Equal(200, answer.StatusCode);
        Assert.True(await api.TalentPool.IsOptedOutAsync(report.Candidate.Email, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task Invalid_token_answers_400_with_a_page(string? token)
    {
        var answer = await api.OptOutAsync(token);

        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("text/html", answer.ContentType, StringComparison.Ordinal);
        Assert.Contains("This link is not valid", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_token_answers_400_and_opts_nobody_out()
    {
        var report = await api.StartWaitingAsync(email: "tampered@example.com");
        var token = OptOutToken(report.InterviewId);
        var tampered = (token[^1] == 'a' ? "b" : "a") + token[1..];

        var answer = await api.OptOutAsync(tampered);

        Assert.Equal(400, answer.StatusCode);
        Assert.False(await api.TalentPool.IsOptedOutAsync("tampered@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task Reply_token_cannot_opt_out()
    {
        var report = await api.StartWaitingAsync(email: "replytoken@example.com");
        var address = api.Tokens.ReplyAddressFor(report.InterviewId);
        var replyToken = address[(address.IndexOf('+', StringComparison.Ordinal) + 1)..address.IndexOf('@', StringComparison.Ordinal)];

        var answer = await api.OptOutAsync(replyToken);

        Assert.Equal(400, answer.StatusCode);
        Assert.False(await api.TalentPool.IsOptedOutAsync("replytoken@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task Opening_the_link_shows_a_confirmation_page_and_opts_nobody_out()
    {
        var report = await api.StartWaitingAsync(email: "scanner@example.com");
        var token = OptOutToken(report.InterviewId);

        var page = await api.OptOutPageAsync(token);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<form method=\"post\"", page.Body, StringComparison.Ordinal);
        Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", page.Body, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers!["Cache-Control"]);
        Assert.False(await api.TalentPool.IsOptedOutAsync("scanner@example.com", CancellationToken.None));
        Assert.DoesNotContain(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.OptedOut);
    }

    [Fact]
    public async Task Opening_a_forged_link_answers_400_with_a_page()
    {
        var page = await api.OptOutPageAsync("not-a-token");

        Assert.Equal(400, page.StatusCode);
        Assert.Contains("This link is not valid", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_page_forbids_framing_and_sniffing_and_keeps_the_signed_link_within_the_site(bool confirmation)
    {
        var report = await api.StartWaitingAsync();
        var token = OptOutToken(report.InterviewId);

        var page = confirmation ? await api.OptOutPageAsync(token) : await api.OptOutAsync(token);

        Assert.Equal("nosniff", page.Headers!["X-Content-Type-Options"]);
        Assert.Contains("frame-ancestors 'none'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);

        // The confirmation posts to itself: same-origin lets the browser name this site as the post's
        // Origin (no-referrer would send "null"), and still sends no Referer to any other site.
        Assert.Equal(confirmation ? "same-origin" : "no-referrer", page.Headers["Referrer-Policy"]);
    }

    [Fact]
    public async Task The_form_page_forbids_framing_sniffing_and_referrers()
    {
        var page = await api.CallAsync(Routing.RouteNames.ReportForm, "GET");

        Assert.Equal("nosniff", page.Headers!["X-Content-Type-Options"]);
        Assert.Contains("frame-ancestors 'none'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers["Referrer-Policy"]);
    }
}
