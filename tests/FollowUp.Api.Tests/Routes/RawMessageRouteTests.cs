using System.Text;
using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Inbound.Mail.Support;
using FollowUp.Api.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary>
/// The whole received message (message/rfc822) on the signed route and on the keyed route the Office 365
/// Logic App posts to. "No event" is shown by a control reply sent afterwards: events arrive in order.
/// </summary>
public sealed class RawMessageRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string RawMessage = "message/rfc822";

    private static readonly string ExpectedJapanese = "山根様\n\nありがとうございます。ぜひ次の面接に進みたいです。\n来週の火曜日の午後が空いています。\n\n佐藤";

    private string ReplyAddress(string interviewId) => api.Tokens.ReplyAddressFor(interviewId);

    private Task<ApiAnswer> PostSignedAsync(byte[] message, string? signature = null) =>
        api.PostAsync(RouteNames.ReceiveInboundEmail, message, RawMessage, new Dictionary<string, string>
        {
            [InboundSignature.HeaderName] = signature ?? InboundMessages.Sign(message),
        });

    private async Task AssertControlReplyIsTheFirstAsync(string interviewId)
    {
        var control = InboundMessages.Body(ReplyAddress(interviewId), text: "control");
        Assert.Equal(202, (await api.ReceiveInboundAsync(control, InboundMessages.Sign(control))).StatusCode);
        Assert.Equal("control", Assert.Single(await api.WaitForRepliesAsync(interviewId, 1)).Text);
    }

    [Fact]
    public async Task Signed_iso_2022_jp_message_reaches_the_owner_decoded_and_without_the_quote()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var messageId = RawMessages.NewMessageId();
        var message = RawMessages.Iso2022Jp($"{MailEncoding.Word("ISO-2022-JP", "採用チーム")} <{ReplyAddress(report.InterviewId)}>", messageId);

        // Act
        var answer = await PostSignedAsync(message);

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal(report.InterviewId, ApiHost.Json(answer).GetProperty("interviewId").GetString());
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal(ExpectedJapanese, reply.Text);
        Assert.Equal("Re: 本日はありがとうございました", reply.Subject);
        Assert.Equal(messageId, reply.MessageId);
    }

    [Fact]
    public async Task Message_signed_with_another_secret_answers_401_and_raises_nothing()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var message = RawMessages.Iso2022Jp(ReplyAddress(report.InterviewId), RawMessages.NewMessageId());

        // Act
        var answer = await PostSignedAsync(message, InboundSignature.Sign("another-secret-0123456789abcdef", message));

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Message_without_a_signature_answers_401()
    {
        // Arrange
        var message = RawMessages.Utf8(ReplyAddress("iv-unsigned"), RawMessages.NewMessageId());

        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveInboundEmail, message, RawMessage);

        // Assert
        Assert.Equal(401, answer.StatusCode);
    }

    [Fact]
    public async Task Message_delivered_twice_is_ignored_the_second_time_as_a_duplicate()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var message = RawMessages.Utf8(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), "once");
        Assert.Equal(202, (await PostSignedAsync(message)).StatusCode);

        // Act
        var again = await PostSignedAsync(message);

        // Assert
        Assert.Equal(200, again.StatusCode);
        Assert.Equal("duplicate", ApiHost.Json(again).GetProperty("reason").GetString());
        Assert.Equal("once", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Out_of_office_message_is_ignored_as_an_auto_reply()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var message = RawMessages.Iso2022Jp(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), extraHeaders: "Auto-Submitted: auto-replied");

        // Act
        var answer = await PostSignedAsync(message);

        // Assert
        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("auto-reply", ApiHost.Json(answer).GetProperty("reason").GetString());
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Bytes_that_are_no_message_answer_400_problem_and_store_nothing()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("""{ "messageId": "<m@x>" }""");

        // Act
        var answer = await PostSignedAsync(body);

        // Assert
        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("$", out _), answer.Body);
    }

    [Fact]
    public async Task Message_declared_over_the_limit_answers_413_before_a_byte_is_read()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveInboundEmail, new UnreadableStream(), InboundRequestLimits.MaxMessageBytes + 1L, RawMessage, InboundMessages.SignatureShaped);

        // Assert
        Assert.Equal(413, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_message_is_refused_on_its_headers_before_a_byte_is_read()
    {
        // Act: no length declared, so only the missing signature can refuse it unread.
        var answer = await api.PostAsync(RouteNames.ReceiveInboundEmail, new UnreadableStream(), null, RawMessage);

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_sent_without_a_length_answers_413_once_it_passes_the_limit()
    {
        // Arrange: a sender that never stops, without a Content-Length.
        using var body = new EndlessStream();

        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveInboundEmail, body, null, RawMessage, InboundMessages.SignatureShaped);

        // Assert: refused having read no more than one byte past the limit.
        Assert.Equal(413, answer.StatusCode);
        Assert.Equal(InboundRequestLimits.MaxMessageBytes + 1L, body.BytesRead);
    }

    [Fact]
    public async Task Message_of_several_megabytes_is_within_the_limit_that_json_has()
    {
        // Arrange: a reply with a résumé attached is far over the 256 KB a JSON body may have.
        var report = await api.StartWaitingAsync();
        var attachment = Convert.ToBase64String(new byte[3 * 1024 * 1024], Base64FormattingOptions.InsertLineBreaks);
        var message = Encoding.ASCII.GetBytes($"""
            From: Emily Clarke <emily.clarke@example.com>
            To: {ReplyAddress(report.InterviewId)}
            Subject: Re: Thank you for today
            Message-ID: {RawMessages.NewMessageId()}
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=us-ascii

            My CV is attached.
            --b1
            Content-Type: application/pdf; name="cv.pdf"
            Content-Disposition: attachment; filename="cv.pdf"
            Content-Transfer-Encoding: base64

            {attachment}
            --b1--
            """.ReplaceLineEndings("\r\n"));

        // Act
        var answer = await PostSignedAsync(message);

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("My CV is attached.", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Keyed_route_takes_a_raw_message_without_a_signature()
    {
        // Arrange: in Azure the host has checked the function key before the handler runs.
        var report = await api.StartWaitingAsync();
        var message = RawMessages.Iso2022Jp(ReplyAddress(report.InterviewId), RawMessages.NewMessageId());

        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveKeyedInboundEmail, message, RawMessage);

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal(ExpectedJapanese, Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Keyed_route_takes_the_json_form_too()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "json on the keyed route");

        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveKeyedInboundEmail, body, "application/json");

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("json on the keyed route", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Keyed_route_refuses_bytes_that_are_no_message_with_400()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceiveKeyedInboundEmail, Encoding.UTF8.GetBytes("hello"), RawMessage);

        // Assert
        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_for_an_interview_that_no_longer_exists_is_ignored_and_stores_nothing()
    {
        // Arrange
        var message = RawMessages.Utf8(ReplyAddress("iv-raw-erased"), RawMessages.NewMessageId());

        // Act
        var answer = await PostSignedAsync(message);

        // Assert
        Assert.Equal("unknown-interview", ApiHost.Json(answer).GetProperty("reason").GetString());
        Assert.Empty(await api.Timeline.ListAsync("iv-raw-erased", CancellationToken.None));
    }
}
