using System.Text;
using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Inbound.Mail.Support;
using FollowUp.Api.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary>
/// Posts shaped as SendGrid documents Inbound Parse
/// (https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/inbound-email): multipart/form-data,
/// the whole message as <c>email</c> in raw mode, parsed fields in the sender's charset otherwise; the basic
/// credentials of the URL in the Authorization header.
/// </summary>
public sealed class SendGridRouteTests(ProviderApiHost api) : IClassFixture<ProviderApiHost>
{
    private const string Reply = """
        山根様

        田中です。先日はありがとうございました。
        キャリアについてお話しできる機会、ぜひお願いしたいです。
        来週の水曜か金曜の19時以降はいかがでしょうか。
        """;

    private static readonly Dictionary<string, string> Credentials = ProviderPost.Basic(ProviderApiHost.SendGridUsername, ProviderApiHost.SendGridPassword);

    private string ReplyAddress(string interviewId) => api.Tokens.ReplyAddressFor(interviewId);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>"POST the raw, full MIME message" ticked.</summary>
    private static Dictionary<string, byte[]> Raw(string to, byte[] message) => new()
    {
        ["dkim"] = Utf8("{@example.ne.jp : pass}"),
        ["email"] = message,
        ["to"] = Utf8(to),
        ["from"] = Utf8("佐藤 花子 <hanako.sato@example.ne.jp>"),
        ["sender_ip"] = Utf8("203.0.113.40"),
        ["envelope"] = Utf8($$"""{"to":["{{to}}"],"from":"hanako.sato@example.ne.jp"}"""),
        ["subject"] = Utf8("Re: 本日はありがとうございました"),
        ["spam_score"] = Utf8("0"),
        ["charsets"] = Utf8("""{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}"""),
        ["SPF"] = Utf8("pass"),
    };

    /// <summary>Parsed: the header block, the bodies in the sender's charset, and charsets naming it.</summary>
    private static Dictionary<string, byte[]> Parsed(string to, string messageId, string charset) => new()
    {
        ["headers"] = Utf8($"""
            Received: by mx0047p1mdw1.sendgrid.net with SMTP id 6kA3xQ2mZ1 Wed, 25 Nov 2026 12:30:16 +0000 (UTC)
            Date: Wed, 25 Nov 2026 21:30:15 +0900
            From: 田中 美咲 <misaki.tanaka@example.jp>
            To: {to}
            Subject: Re: 【ミライワークス】本日のお礼
            Message-Id: {messageId}
            MIME-Version: 1.0
            Content-Type: text/plain; charset="{charset}"
            Content-Transfer-Encoding: 8bit
            X-Mailer: Becky! ver. 2.81.04 [ja]

            """),
        ["dkim"] = Utf8("{@example.jp : pass}"),
        ["to"] = Utf8(to),
        ["from"] = Utf8("田中 美咲 <misaki.tanaka@example.jp>"),
        ["text"] = MailEncoding.Bytes(charset, Reply),
        ["sender_ip"] = Utf8("203.0.113.25"),
        ["envelope"] = Utf8($$"""{"to":["{{to}}"],"from":"misaki.tanaka@example.jp"}"""),
        ["attachments"] = Utf8("1"),
        ["subject"] = Utf8("Re: 【ミライワークス】本日のお礼"),
        ["spam_score"] = Utf8("0.1"),
        ["attachment-info"] = Utf8("""{"attachment1":{"filename":"cv.pdf","name":"cv.pdf","type":"application/pdf"}}"""),
        ["charsets"] = Utf8($$"""{"to":"UTF-8","html":"{{charset}}","subject":"UTF-8","from":"UTF-8","text":"{{charset}}"}"""),
        ["SPF"] = Utf8("pass"),
    };

    private Task<ApiAnswer> PostAsync(ProviderPost post, IReadOnlyDictionary<string, string>? headers = null) =>
        api.PostAsync(RouteNames.ReceiveSendGridEmail, post.Body, post.ContentType, headers ?? Credentials);

    [Fact]
    public async Task Raw_mime_post_with_the_credentials_reaches_the_owner_decoded_from_iso_2022_jp()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var address = ReplyAddress(report.InterviewId);
        var messageId = RawMessages.NewMessageId();

        // Act
        var answer = await PostAsync(ProviderPost.Multipart(Raw(address, RawMessages.Iso2022Jp(address, messageId))));

        // Assert
        Assert.Equal(202, answer.StatusCode);
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal("山根様\n\nありがとうございます。ぜひ次の面接に進みたいです。\n来週の火曜日の午後が空いています。\n\n佐藤", reply.Text);
        Assert.Equal(messageId, reply.MessageId);
    }

    [Theory]
    [InlineData("Shift_JIS")]
    [InlineData("iso-2022-jp")]
    [InlineData("EUC-JP")]
    public async Task Parsed_post_reaches_the_owner_decoded_in_the_charset_sendgrid_names(string charset)
    {
        // Arrange: the text section is in the sender's charset, so it decodes only from its bytes.
        var report = await api.StartWaitingAsync();
        var post = ProviderPost.Multipart(Parsed(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), charset), [("attachment1", "cv.pdf", new byte[64 * 1024])]);

        // Act
        var answer = await PostAsync(post);

        // Assert
        Assert.Equal(202, answer.StatusCode);
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal(Reply.ReplaceLineEndings("\n"), reply.Text);
        Assert.Equal("Re: 【ミライワークス】本日のお礼", reply.Subject);
    }

    public static TheoryData<string?> WrongAuthorization() => new()
    {
        null,
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ProviderApiHost.SendGridUsername}:wrong-password-0123456789")),
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"someone:{ProviderApiHost.SendGridPassword}")),
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ProviderApiHost.PostmarkUsername}:{ProviderApiHost.PostmarkPassword}")),
        "Bearer " + ProviderApiHost.SendGridPassword,
        "Basic not-base64",
    };

    [Theory]
    [MemberData(nameof(WrongAuthorization))]
    public async Task Post_without_the_credentials_answers_401_with_a_basic_challenge_and_raises_nothing(string? authorization)
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var address = ReplyAddress(report.InterviewId);
        var headers = authorization is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Authorization"] = authorization };

        // Act
        var answer = await PostAsync(ProviderPost.Multipart(Raw(address, RawMessages.Utf8(address, RawMessages.NewMessageId(), "forged"))), headers);

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("Basic realm=", answer.Headers!["WWW-Authenticate"], StringComparison.Ordinal);
        var control = await PostAsync(ProviderPost.Multipart(Raw(address, RawMessages.Utf8(address, RawMessages.NewMessageId(), "control"))));
        Assert.Equal(202, control.StatusCode);
        Assert.Equal("control", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Wrong_credentials_are_refused_before_the_body_is_read()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveSendGridEmail, new UnreadableStream(), 1000, WebhookFormBody.Multipart + "; boundary=b", ProviderPost.Basic("sendgrid", "wrong"));

        // Assert
        Assert.Equal(401, answer.StatusCode);
    }

    [Fact]
    public async Task Redelivered_post_is_ignored_as_a_duplicate()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var address = ReplyAddress(report.InterviewId);
        var post = ProviderPost.Multipart(Raw(address, RawMessages.Utf8(address, RawMessages.NewMessageId(), "once")));
        Assert.Equal(202, (await PostAsync(post)).StatusCode);

        // Act
        var again = await PostAsync(post);

        // Assert
        Assert.Equal(200, again.StatusCode);
        Assert.Equal("duplicate", ApiHost.Json(again).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Post_declared_over_the_limit_answers_413_before_a_byte_is_read()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveSendGridEmail, new UnreadableStream(), InboundRequestLimits.MaxProviderPostBytes + 1L, WebhookFormBody.Multipart + "; boundary=b", Credentials);

        // Assert
        Assert.Equal(413, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_message_over_the_message_limit_answers_413_even_in_a_post_of_allowed_size()
    {
        // Arrange
        var post = ProviderPost.Multipart(Raw(ReplyAddress("iv-large"), new byte[InboundRequestLimits.MaxMessageBytes + 1]));

        // Act
        var answer = await PostAsync(post);

        // Assert
        Assert.Equal(413, answer.StatusCode);
    }

    [Fact]
    public async Task Post_that_is_no_message_answers_400_naming_the_field()
    {
        // Act
        var answer = await PostAsync(ProviderPost.Multipart(Raw(ReplyAddress("iv-no-message"), Utf8("hello"))));

        // Assert
        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("email", out _), answer.Body);
    }

    [Fact]
    public async Task Post_of_another_content_type_answers_415()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveSendGridEmail, Utf8("email=x"), "text/plain", Credentials);

        // Assert
        Assert.Equal(415, answer.StatusCode);
    }
}
