using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using FollowUp.EndToEnd.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.EndToEnd.Tests;

/// <summary>A reply as the mailbox received it (message/rfc822), posted to the local host the way a relay or the Logic App would.</summary>
[Collection(OnAzurite.Name)]
public sealed class RawReplyTests(AzuriteServer azurite)
{
    private const string Answer = """
        山根様

        ご連絡ありがとうございます。ぜひ次の選考に進みたいです。
        来週の火曜日の午後でしたら伺えます。

        佐藤 花子
        """;

    // ISO-2022-JP exists in .NET only through the code-page provider; registering is idempotent.
    static RawReplyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Iso_2022_jp_reply_to_the_emails_reply_address_reaches_the_owner_decoded()
    {
        // Arrange: the candidate answers the thank-you email from an iPhone, which writes Japanese as ISO-2022-JP.
        await using var host = await LocalHostProcess.StartAsync(azurite);
        using (await host.Http.SubmitAsync(Reports.Report("e2e-raw-reply", "considering")))
        {
        }

        var thanks = await host.Outbox.WaitForAsync("e2e-raw-reply", "ConsideringThanks");
        var replyAddress = thanks.ReplyTo.Mailboxes.Single().Address;
        var ours = thanks.TextBody ?? throw new InvalidOperationException("The thank-you email has no text part.");
        var quoted = string.Join('\n', ours.ReplaceLineEndings("\n").Split('\n').Select(l => "> " + l));
        var message = Iso2022JpReply(replyAddress, thanks.MessageId ?? "none@localhost", $"Re: {thanks.Subject}", $"{Answer}\n\n{quoted}\n");

        // Act
        using var answer = await PostRawAsync(host, message, host.InboundSigningSecret);
        var toOwner = await host.Outbox.WaitForAsync("e2e-raw-reply", "OwnerReplyReceived");

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Contains("ぜひ次の選考に進みたいです。", toOwner.TextBody, StringComparison.Ordinal);
        Assert.Contains("来週の火曜日の午後でしたら伺えます。", toOwner.TextBody, StringComparison.Ordinal);
        Assert.Contains("本日はお忙しいなか", ours, StringComparison.Ordinal);
        Assert.DoesNotContain("本日はお忙しいなか", toOwner.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Written out by hand, as the iPhone sends it: 7-bit ISO-2022-JP body, the subject as RFC 2047 encoded words, CRLF line ends.</summary>
    private static byte[] Iso2022JpReply(string to, string inReplyTo, string subject, string text)
    {
        var jis = Encoding.GetEncoding("iso-2022-jp");
        var words = subject.Chunk(12).Select(part => $"=?ISO-2022-JP?B?{Convert.ToBase64String(jis.GetBytes(part))}?=");
        var headers = $"""
            From: =?ISO-2022-JP?B?{Convert.ToBase64String(jis.GetBytes("佐藤 花子"))}?= <e2e-raw-reply@example.com>
            To: {to}
            Subject: {string.Join("\n ", words)}
            Date: {DateTimeOffset.UtcNow:R}
            Message-Id: <{Guid.NewGuid():N}@example.ne.jp>
            In-Reply-To: <{inReplyTo}>
            References: <{inReplyTo}>
            Mime-Version: 1.0 (1.0)
            Content-Type: text/plain; charset=iso-2022-jp
            Content-Transfer-Encoding: 7bit
            X-Mailer: iPhone Mail (22B91)
            """;
        var body = Encoding.Latin1.GetString(jis.GetBytes(text.ReplaceLineEndings("\r\n")));
        return Encoding.ASCII.GetBytes((headers + "\n\n").ReplaceLineEndings("\r\n") + body);
    }

    private static Task<HttpResponseMessage> PostRawAsync(LocalHostProcess host, byte[] message, string secret) =>
        host.Http.PostInboundAsync(message, SignedPosts.Signature(message, secret), "message/rfc822");
}
