using System.Net;
using System.Text;
using FollowUp.Security.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Security.Tests;

/// <summary>The signed inbound route under attack: whatever is refused forwards nothing to the owner.</summary>
[Collection(OnLocalHost.Name)]
public sealed class WebhookTests(SecurityHost api)
{
    private const int InboundJsonLimit = 256 * 1024;

    private async Task AssertNothingForwardedAsync(string interviewId)
    {
        // A control reply signed properly afterwards is forwarded; had the refused post got through,
        // there would be two.
        var thanks = await api.Host.Outbox.WaitForAsync(interviewId, "ConsideringThanks");
        using var control = await api.PostSignedAsync(SecurityHost.ReplyTo(thanks, $"<control-{interviewId}@mail.example.com>", "control"));
        Assert.Equal(HttpStatusCode.Accepted, control.StatusCode);
        await api.Host.Outbox.WaitForAsync(interviewId, "OwnerReplyReceived");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(api.Host.Outbox.KindsOf(interviewId), kind => kind == "OwnerReplyReceived");
    }

    [Fact]
    public async Task An_unsigned_reply_answers_401_problem_json_and_reaches_no_one()
    {
        var thanks = await api.StartCaseAsync(Reports.Report("sec-unsigned", "considering"), "ConsideringThanks");
        var body = SecurityHost.ReplyTo(thanks, "<forged-1@mail.example.com>", "もう結構です");

        using var answer = await api.Http.PostInboundAsync(body, signature: null);

        await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.Unauthorized);
        await AssertNothingForwardedAsync("sec-unsigned");
    }

    [Fact]
    public async Task A_reply_altered_after_signing_answers_401_and_reaches_no_one()
    {
        var thanks = await api.StartCaseAsync(Reports.Report("sec-tampered", "considering"), "ConsideringThanks");
        var signed = SecurityHost.ReplyTo(thanks, "<tampered-1@mail.example.com>", "Yes, I would like to proceed.");
        var signature = SignedPosts.Signature(signed, api.Host.InboundSigningSecret);
        var altered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("Yes, I would like to proceed.", "No, thank you. Please stop.", StringComparison.Ordinal));
        Assert.NotEqual(signed, altered);

        using var answer = await api.Http.PostInboundAsync(altered, signature);

        await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.Unauthorized);
        await AssertNothingForwardedAsync("sec-tampered");
    }

    [Fact]
    public async Task A_signed_body_over_the_limit_answers_413_problem_json()
    {
        var body = new byte[InboundJsonLimit + 1];
        Array.Fill(body, (byte)' ');

        using var answer = await api.Http.PostInboundAsync(body, SignedPosts.Signature(body, api.Host.InboundSigningSecret));

        await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unsigned_body_over_the_limit_is_refused_401_as_unsigned()
    {
        var body = new byte[InboundJsonLimit * 4];

        using var answer = await api.Http.PostInboundAsync(body, signature: null);

        await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_same_signed_reply_posted_ten_times_at_once_reaches_the_owner_once()
    {
        var thanks = await api.StartCaseAsync(Reports.Report("sec-concurrent", "considering"), "ConsideringThanks");
        var body = SecurityHost.ReplyTo(thanks, "<concurrent-1@mail.example.com>", "来週お話しできますか");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => api.PostSignedAsync(body)));
        var statuses = answers.Select(a => a.StatusCode).ToList();
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        await api.Host.Outbox.WaitForAsync("sec-concurrent", "OwnerReplyReceived");
        await Task.Delay(TimeSpan.FromSeconds(2));

        // One is handled; the rest are told it is being handled (409, come back) or, arriving after it
        // was, that it is a duplicate (200).
        Assert.Single(statuses, s => s == HttpStatusCode.Accepted);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Accepted or HttpStatusCode.OK or HttpStatusCode.Conflict, s.ToString()));
        Assert.Single(api.Host.Outbox.KindsOf("sec-concurrent"), kind => kind == "OwnerReplyReceived");
    }
}
