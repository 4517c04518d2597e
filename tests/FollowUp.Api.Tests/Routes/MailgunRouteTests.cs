using System.Text;
using System.Text.Json;
using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary>
/// Posts shaped as Mailgun documents a Routes forward()
/// (https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/receive-http):
/// urlencoded without attachments, multipart with them, the whole message as body-mime in raw mode;
/// signed with timestamp, token and signature.
/// </summary>
public sealed class MailgunRouteTests(ProviderApiHost api) : IClassFixture<ProviderApiHost>
{
    private const string Reply = "Hi Ken,\r\n\r\nI'd be glad to move forward to an interview. Tuesday after 2pm works.\r\n\r\nBest,\r\nEmily";

    private string ReplyAddress(string interviewId) => api.Tokens.ReplyAddressFor(interviewId);

    /// <summary>A parsed post: the fields, each top-level header again as a field, message-headers as JSON pairs, the signature.</summary>
    private static Dictionary<string, string> Parsed(string to, string messageId, string reply = Reply, DateTimeOffset? signedAt = null, string? token = null, string signingKey = ProviderApiHost.MailgunSigningKey)
    {
        (string Name, string Value)[] headers =
        [
            ("X-Mailgun-Incoming", "Yes"),
            ("X-Envelope-From", "<emily.clarke@example.com>"),
            ("Received", "from mail-yw1-f175.google.com (mail-yw1-f175.google.com [209.85.128.175]) by mxa.mailgun.org with ESMTP id 6745c2a1.7f3e2c1b0a98-smtp-in-n03; Wed, 25 Nov 2026 11:14:53 GMT"),
            ("Mime-Version", "1.0"),
            ("From", "Emily Clarke <emily.clarke@example.com>"),
            ("Date", "Wed, 25 Nov 2026 11:14:52 +0000"),
            ("Message-Id", messageId),
            ("Subject", "Re: Thank you for today"),
            ("To", $"Recruiting <{to}>"),
            ("Content-Type", "multipart/alternative; boundary=\"0000000000009b2e4d062f3b17c5\""),
        ];
        var fields = new Dictionary<string, string>
        {
            ["recipient"] = to,
            ["sender"] = "emily.clarke@example.com",
            ["from"] = "Emily Clarke <emily.clarke@example.com>",
            ["subject"] = "Re: Thank you for today",
            ["body-plain"] = $"{reply}\r\n\r\nOn Wed, Nov 25, 2026 at 3:03 PM Recruiting <recruit@example.jp> wrote:\r\n\r\n> Dear Emily Clarke,\r\n",
            ["stripped-text"] = reply,
            ["stripped-signature"] = string.Empty,
            ["body-html"] = "<div dir=\"ltr\">Hi Ken,<div><br></div><div>I'd be glad to move forward.</div></div>",
            ["attachment-count"] = "0",
            ["message-headers"] = JsonSerializer.Serialize(headers.Select(h => new[] { h.Name, h.Value })),
            ["content-id-map"] = "{}",
        };
        foreach (var (name, value) in headers)
        {
            fields.TryAdd(name, value);
        }

        foreach (var (name, value) in ProviderPost.MailgunSignature(signedAt ?? DateTimeOffset.UtcNow, token ?? ProviderPost.NewMailgunToken(), signingKey))
        {
            fields[name] = value;
        }

        return fields;
    }

    private Task<ApiAnswer> PostAsync(ProviderPost post) =>
        api.PostAsync(RouteNames.ReceiveMailgunEmail, post.Body, post.ContentType);

    private async Task AssertControlReplyIsTheFirstAsync(string interviewId)
    {
        var control = Parsed(ReplyAddress(interviewId), RawMessages.NewMessageId(), "control");
        Assert.Equal(202, (await PostAsync(ProviderPost.UrlEncoded(control))).StatusCode);
        Assert.Equal("control", Assert.Single(await api.WaitForRepliesAsync(interviewId, 1)).Text);
    }

    [Fact]
    public async Task Urlencoded_post_signed_by_mailgun_reaches_the_owner_as_the_stripped_reply()
    {
        // Arrange
        var report = await api.StartWaitingAsync(locale: "en");
        var messageId = RawMessages.NewMessageId();

        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(Parsed(ReplyAddress(report.InterviewId), messageId)));

        // Assert
        Assert.Equal(202, answer.StatusCode);
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal(Reply.ReplaceLineEndings("\n"), reply.Text);
        Assert.Equal(messageId, reply.MessageId);
        Assert.Equal("Re: Thank you for today", reply.Subject);
    }

    [Fact]
    public async Task Multipart_post_with_an_attachment_reaches_the_owner_and_the_attachment_is_dropped()
    {
        // Arrange
        var report = await api.StartWaitingAsync(locale: "en");
        var fields = Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId());
        fields["attachment-count"] = "1";

        // Act
        var answer = await PostAsync(ProviderPost.Multipart(fields, [("attachment-1", "cv.pdf", new byte[256 * 1024])]));

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal(Reply.ReplaceLineEndings("\n"), Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Raw_mime_post_reaches_the_owner_decoded_from_iso_2022_jp()
    {
        // Arrange: a route whose URL ends in "mime" posts the message whole as body-mime.
        var report = await api.StartWaitingAsync();
        var address = ReplyAddress(report.InterviewId);
        var fields = new Dictionary<string, byte[]>
        {
            ["recipient"] = Encoding.UTF8.GetBytes(address),
            ["sender"] = Encoding.UTF8.GetBytes("hanako.sato@example.ne.jp"),
            ["from"] = Encoding.UTF8.GetBytes("佐藤 花子 <hanako.sato@example.ne.jp>"),
            ["subject"] = Encoding.UTF8.GetBytes("Re: 本日はありがとうございました"),
            ["body-mime"] = RawMessages.Iso2022Jp(address, RawMessages.NewMessageId()),
        };
        foreach (var (name, value) in ProviderPost.MailgunSignature(DateTimeOffset.UtcNow, ProviderPost.NewMailgunToken(), ProviderApiHost.MailgunSigningKey))
        {
            fields[name] = Encoding.UTF8.GetBytes(value);
        }

        // Act
        var answer = await PostAsync(ProviderPost.Multipart(fields));

        // Assert
        Assert.Equal(202, answer.StatusCode);
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal("山根様\n\nありがとうございます。ぜひ次の面接に進みたいです。\n来週の火曜日の午後が空いています。\n\n佐藤", reply.Text);
        Assert.Equal("Re: 本日はありがとうございました", reply.Subject);
    }

    [Fact]
    public async Task Raw_mime_post_urlencoded_keeps_the_8bit_shift_jis_bytes_of_the_message()
    {
        // Arrange: percent-escapes stand for bytes; read as UTF-8 text, an 8-bit Shift_JIS message would be lost.
        var report = await api.StartWaitingAsync();
        var address = ReplyAddress(report.InterviewId);
        var message = Encoding.ASCII.GetBytes($"From: Misaki Tanaka <misaki.tanaka@example.jp>\r\nTo: {address}\r\nSubject: Re\r\nMessage-ID: {RawMessages.NewMessageId()}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Concat(Inbound.Mail.Support.MailEncoding.Bytes("Shift_JIS", "山根様\n\n田中です。ぜひお願いしたいです。\n"))
            .ToArray();
        var fields = new Dictionary<string, byte[]>
        {
            ["recipient"] = Encoding.UTF8.GetBytes(address),
            ["body-mime"] = message,
        };
        foreach (var (name, value) in ProviderPost.MailgunSignature(DateTimeOffset.UtcNow, ProviderPost.NewMailgunToken(), ProviderApiHost.MailgunSigningKey))
        {
            fields[name] = Encoding.UTF8.GetBytes(value);
        }

        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(fields));

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("山根様\n\n田中です。ぜひお願いしたいです。", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Post_signed_with_another_key_answers_401_and_raises_nothing()
    {
        // Arrange
        var report = await api.StartWaitingAsync(locale: "en");
        var fields = Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), signingKey: "key-another0another0another0another");

        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(fields));

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(-60)]
    [InlineData(6)]
    public async Task Post_signed_more_than_five_minutes_from_now_answers_401_as_stale(int minutes)
    {
        // Arrange: genuinely signed, but captured and sent again later (or from a clock far off).
        var report = await api.StartWaitingAsync(locale: "en");
        var fields = Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), signedAt: DateTimeOffset.UtcNow.AddMinutes(minutes));

        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(fields));

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.Contains("5 minutes", ApiHost.Json(answer).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Theory]
    [InlineData("timestamp")]
    [InlineData("token")]
    [InlineData("signature")]
    public async Task Post_without_a_signature_field_answers_401(string field)
    {
        // Arrange
        var fields = Parsed(ReplyAddress("iv-unsigned"), RawMessages.NewMessageId());
        fields.Remove(field);

        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(fields));

        // Assert
        Assert.Equal(401, answer.StatusCode);
    }

    [Fact]
    public async Task Token_used_before_answers_401_even_when_the_message_is_another()
    {
        // Arrange: the signature covers only timestamp and token, so a captured post could carry any message.
        var report = await api.StartWaitingAsync(locale: "en");
        var token = ProviderPost.NewMailgunToken();
        var signedAt = DateTimeOffset.UtcNow;
        var genuine = Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), "genuine", signedAt, token);
        Assert.Equal(202, (await PostAsync(ProviderPost.UrlEncoded(genuine))).StatusCode);
        var forged = Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), "forged", signedAt, token);

        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(forged));

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.Contains("already used", ApiHost.Json(answer).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(202, (await PostAsync(ProviderPost.UrlEncoded(Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), "control")))).StatusCode);
        Assert.Equal(["genuine", "control"], (await api.WaitForRepliesAsync(report.InterviewId, 2)).Select(r => r.Text));
    }

    [Fact]
    public async Task Same_message_posted_again_with_a_fresh_signature_is_ignored_as_a_duplicate()
    {
        // Arrange: Mailgun's retry of a delivery it thinks failed.
        var report = await api.StartWaitingAsync(locale: "en");
        var messageId = RawMessages.NewMessageId();
        Assert.Equal(202, (await PostAsync(ProviderPost.UrlEncoded(Parsed(ReplyAddress(report.InterviewId), messageId, "once")))).StatusCode);

        // Act
        var again = await PostAsync(ProviderPost.UrlEncoded(Parsed(ReplyAddress(report.InterviewId), messageId, "once")));

        // Assert
        Assert.Equal(200, again.StatusCode);
        Assert.Equal("duplicate", ApiHost.Json(again).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Refused_post_stores_nothing_and_does_not_use_up_its_token()
    {
        // Arrange
        var report = await api.StartWaitingAsync(locale: "en");
        var token = ProviderPost.NewMailgunToken();
        var signedAt = DateTimeOffset.UtcNow;
        var broken = Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), signedAt: signedAt, token: token);
        broken["message-headers"] = "[not json";

        // Act
        var refused = await PostAsync(ProviderPost.UrlEncoded(broken));
        var corrected = await PostAsync(ProviderPost.UrlEncoded(Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), signedAt: signedAt, token: token)));

        // Assert
        Assert.Equal(400, refused.StatusCode);
        Assert.True(ApiHost.Json(refused).GetProperty("errors").TryGetProperty("message-headers", out _), refused.Body);
        Assert.Equal(202, corrected.StatusCode);
    }

    [Fact]
    public async Task Reply_to_an_address_without_a_token_is_ignored_as_an_unknown_recipient()
    {
        // Act
        var answer = await PostAsync(ProviderPost.UrlEncoded(Parsed("replies@followup.example", RawMessages.NewMessageId())));

        // Assert
        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("""{"outcome":"ignored","reason":"unknown-recipient"}""", answer.Body);
    }

    [Fact]
    public async Task Post_declared_over_the_limit_answers_413_before_a_byte_is_read()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveMailgunEmail, new UnreadableStream(), InboundRequestLimits.MaxProviderPostBytes + 1L, WebhookFormBody.Multipart + "; boundary=b");

        // Assert
        Assert.Equal(413, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_of_another_content_type_answers_415()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveMailgunEmail, Encoding.UTF8.GetBytes("{}"), "application/json");

        // Assert
        Assert.Equal(415, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multipart_body_cut_short_answers_400()
    {
        // Arrange
        var post = ProviderPost.Multipart(Parsed(ReplyAddress("iv-cut"), RawMessages.NewMessageId()));

        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveMailgunEmail, post.Body[..(post.Body.Length / 2)], post.ContentType);

        // Assert
        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }
}
