using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FollowUp.EndToEnd.Tests.Support;
using FollowUp.Testing;
using MimeKit;

namespace FollowUp.EndToEnd.Tests;

/// <summary>The candidate's side, end to end: they answer the email or click its opt-out link.</summary>
[Collection(OnAzurite.Name)]
public sealed class CandidateEmailTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Reply_to_the_thank_you_email_reaches_the_owner_and_stops_the_status_check()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUp__Policy__ReplyWindow"] = "PT8S",
        });
        using (await host.Http.SubmitAsync(Reports.Report("e2e-reply", "considering")))
        {
        }

        var thanks = await host.Outbox.WaitForAsync("e2e-reply", "ConsideringThanks");
        var replyAddress = thanks.ReplyTo.Mailboxes.Single().Address;
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = "<reply-1@mail.example.com>",
            from = "e2e-reply@example.com",
            to = new[] { replyAddress },
            subject = $"Re: {thanks.Subject}",
            text = "ありがとうございます。次の面接はオンラインでも可能でしょうか？\n\n> 本日はお忙しいなか、ありがとうございました。",
        });

        using var answer = await PostSignedAsync(host, body, host.InboundSigningSecret);
        var toOwner = await host.Outbox.WaitForAsync("e2e-reply", "OwnerReplyReceived");
        await Task.Delay(TimeSpan.FromSeconds(9));
        var status = await host.Http.StatusAsync("e2e-reply");

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Contains("次の面接はオンラインでも可能でしょうか", toOwner.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("本日はお忙しいなか", toOwner.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("StatusCheck", host.Outbox.KindsOf("e2e-reply"));
        Assert.Equal("replied", status.Text("stage"));
    }

    [Fact]
    public async Task A_reply_after_the_case_ended_reaches_the_owner_and_a_new_reaction_reopens_the_case()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite);
        using (await host.Http.SubmitAsync(Reports.Report("e2e-late", "declined")))
        {
        }

        var thanks = await host.Outbox.WaitForAsync("e2e-late", "DeclinedThanks");
        await host.Http.WaitForStatusAsync("e2e-late", s => s.Text("runtimeStatus") == "Completed");
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = "<late-1@mail.example.com>",
            from = "e2e-late@example.com",
            to = new[] { thanks.ReplyTo.Mailboxes.Single().Address },
            subject = $"Re: {thanks.Subject}",
            text = "先日はありがとうございました。やはりもう一度お話を伺えますか？",
        });

        using var replied = await PostSignedAsync(host, body, host.InboundSigningSecret);
        using var again = await PostSignedAsync(host, body, host.InboundSigningSecret);
        var toOwner = await host.Outbox.WaitForAsync("e2e-late", "OwnerReplyReceived");
        using var reopened = await host.Http.PostAsync(
            new Uri("/api/interviews/e2e-late/reaction", UriKind.Relative),
            new StringContent("""{ "reaction": "proceed" }""", Encoding.UTF8, "application/json"));
        var ask = await host.Outbox.WaitForAsync("e2e-late", "AskAvailability");

        Assert.Equal(HttpStatusCode.Accepted, replied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("もう一度お話を伺えますか", toOwner.TextBody, StringComparison.Ordinal);
        Assert.Single(host.Outbox.KindsOf("e2e-late"), kind => kind == "OwnerReplyReceived");
        Assert.Equal(HttpStatusCode.Accepted, reopened.StatusCode);
        Assert.NotEqual(thanks.MessageId, ask.MessageId);
        // Files sort by key: the forwarded reply's key (sequence 000 plus its message id) sorts first.
        Assert.Equal(["OwnerReplyReceived", "DeclinedThanks", "OwnerRetrospective", "OwnerSnsConnect", "OwnerBookNow", "AskAvailability"], host.Outbox.KindsOf("e2e-late"));
    }

    [Fact]
    public async Task Reply_with_a_wrong_signature_is_refused_and_changes_nothing()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite);
        using (await host.Http.SubmitAsync(Reports.Report("e2e-forged", "undecided")))
        {
        }

        var thanks = await host.Outbox.WaitForAsync("e2e-forged", "UndecidedThanks");
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = "<forged@mail.example.com>",
            from = "e2e-forged@example.com",
            to = new[] { thanks.ReplyTo.Mailboxes.Single().Address },
            subject = "Re",
            text = "forged",
        });

        using var answer = await PostSignedAsync(host, body, "not-the-shared-secret-at-all");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal(["UndecidedThanks"], host.Outbox.KindsOf("e2e-forged"));
    }

    [Fact]
    public async Task Opt_out_link_in_the_email_stops_candidate_email_and_shows_a_page_in_their_language()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUp__Policy__ReplyWindow"] = "PT6S",
        });
        using (await host.Http.SubmitAsync(Reports.Report("e2e-optout", "considering")))
        {
        }

        var thanks = await host.Outbox.WaitForAsync("e2e-optout", "ConsideringThanks");
        var link = OptOutLink(thanks);

        // Opening the link (as a mail scanner would) changes nothing; the page's button posts.
        using var page = await host.Http.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var stillIn = await host.Http.StatusAsync("e2e-optout");
        using var clicked = await host.Http.PostAsync(
            new Uri(link.PathAndQuery, UriKind.Relative),
            new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        await host.Outbox.WaitForAsync("e2e-optout", "OwnerNoReply", TimeSpan.FromSeconds(30));
        var status = await host.Http.StatusAsync("e2e-optout");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lang=\"ja\"", html, StringComparison.Ordinal);
        Assert.False(stillIn.GetProperty("optedOut").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.True(status.GetProperty("optedOut").GetBoolean());
        Assert.DoesNotContain("StatusCheck", host.Outbox.KindsOf("e2e-optout"));
    }

    private static Task<HttpResponseMessage> PostSignedAsync(LocalHostProcess host, byte[] body, string secret) =>
        host.Http.PostInboundAsync(body, SignedPosts.Signature(body, secret));

    private static Uri OptOutLink(MimeMessage message)
    {
        var header = message.Headers["List-Unsubscribe"] ?? throw new InvalidOperationException("The email has no List-Unsubscribe header.");
        var start = header.IndexOf('<', StringComparison.Ordinal) + 1;
        return new Uri(header[start..header.IndexOf('>', start)]);
    }
}
