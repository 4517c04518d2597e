using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Api.Tests.Routes;

/// <summary>
/// The webhook against the running orchestration. "No event" is shown by a control reply sent
/// afterwards: events arrive in order, so if the control reply is the first the owner hears of, the
/// request before it raised nothing.
/// </summary>
public sealed class InboundEmailRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string QuotedReply = """
        ありがとうございます。ぜひ次の面接に進みたいです。
        来週の火曜日の午後が空いています。

        2026年11月25日(水) 15:00 山根 健 <yamane@example.co.jp>:
        > 佐藤 花子 様
        > 本日はありがとうございました。
        """;

    private Task<ApiAnswer> DeliverAsync(byte[] body, string? signature = null) =>
        api.ReceiveInboundAsync(body, signature ?? InboundMessages.Sign(body));

    private string ReplyAddress(string interviewId) => api.Tokens.ReplyAddressFor(interviewId);

    private async Task AssertControlReplyIsTheFirstAsync(string interviewId)
    {
        var control = await DeliverAsync(InboundMessages.Body(ReplyAddress(interviewId), text: "control"));
        Assert.Equal(202, control.StatusCode);
        var replies = await api.WaitForRepliesAsync(interviewId, 1);
        Assert.Equal("control", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Signed_reply_to_the_reply_address_reaches_the_owner_without_the_quoted_text()
    {
        var report = await api.StartWaitingAsync();
        var messageId = "<reply-1@mail.example.com>";
        var body = InboundMessages.Body($"Replies <{ReplyAddress(report.InterviewId)}>", text: QuotedReply, messageId: messageId);

        var answer = await DeliverAsync(body);

        Assert.Equal(202, answer.StatusCode);
        var outcome = ApiHost.Json(answer);
        Assert.Equal("matched", outcome.GetProperty("outcome").GetString());
        Assert.Equal(report.InterviewId, outcome.GetProperty("interviewId").GetString());
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal("ありがとうございます。ぜひ次の面接に進みたいです。\n来週の火曜日の午後が空いています。", reply.Text);
        Assert.Equal(messageId, reply.MessageId);
        Assert.Equal("Re: 本日はありがとうございました", reply.Subject);
        var entry = await api.Timeline.FindAsync(report.InterviewId, InboundEmailReceiver.TimelineKey(messageId), CancellationToken.None);
        Assert.Equal(TimelineEntryKind.CandidateReplied, entry!.Kind);
        Assert.DoesNotContain("次の面接", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_in_the_delivered_to_header_is_found_when_the_visible_recipient_is_the_bare_mailbox()
    {
        var report = await api.StartWaitingAsync();
        var body = InboundMessages.Body("replies@followup.example", headers: new Dictionary<string, string> { ["Delivered-To"] = ReplyAddress(report.InterviewId) });

        var answer = await DeliverAsync(body);

        Assert.Equal(202, answer.StatusCode);
        Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
    }

    [Fact]
    public async Task Wrong_signature_answers_401_and_raises_nothing()
    {
        var report = await api.StartWaitingAsync();
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId));
        var signedByAnother = InboundSignature.Sign("another-secret-0123456789abcdef", body);

        var answer = await DeliverAsync(body, signedByAnother);

        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Body_changed_after_signing_answers_401()
    {
        var report = await api.StartWaitingAsync();
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "original");
        var signature = InboundMessages.Sign(body);
        var tampered = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "tampered");

        var answer = await DeliverAsync(tampered, signature);

        Assert.Equal(401, answer.StatusCode);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("sha1=0123")]
    [InlineData("sha256=not-hex")]
    public async Task Missing_or_malformed_signature_answers_401(string signature)
    {
        var report = await api.StartWaitingAsync();
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId));

        var answer = await api.ReceiveInboundAsync(body, signature);

        Assert.Equal(401, answer.StatusCode);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Tampered_token_is_ignored_as_an_unknown_recipient()
    {
        var report = await api.StartWaitingAsync();
        var address = ReplyAddress(report.InterviewId);
        var plus = address.IndexOf('+', StringComparison.Ordinal);
        var flipped = address[plus + 1] == 'a' ? 'b' : 'a';
        var tampered = string.Concat(address.AsSpan(0, plus + 1), flipped.ToString(), address.AsSpan(plus + 2));

        var answer = await DeliverAsync(InboundMessages.Body(tampered));

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("""{"outcome":"ignored","reason":"unknown-recipient"}""", answer.Body);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Address_without_a_token_is_ignored_as_an_unknown_recipient()
    {
        var answer = await DeliverAsync(InboundMessages.Body("replies@followup.example"));

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("""{"outcome":"ignored","reason":"unknown-recipient"}""", answer.Body);
    }

    [Fact]
    public async Task Opt_out_token_in_a_reply_address_is_not_a_reply_token()
    {
        var report = await api.StartWaitingAsync();
        var optOutToken = System.Web.HttpUtility.ParseQueryString(api.Tokens.OptOutLinkFor(report.InterviewId).Query)["token"];

        var answer = await DeliverAsync(InboundMessages.Body($"replies+{optOutToken}@followup.example"));

        Assert.Equal("""{"outcome":"ignored","reason":"unknown-recipient"}""", answer.Body);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Token_of_another_interview_goes_to_that_interview_and_leaves_this_one_alone()
    {
        var mine = await api.StartWaitingAsync();
        var other = await api.StartWaitingAsync();

        var answer = await DeliverAsync(InboundMessages.Body(ReplyAddress(other.InterviewId), text: "for the other one"));

        Assert.Equal(other.InterviewId, ApiHost.Json(answer).GetProperty("interviewId").GetString());
        Assert.Equal("for the other one", Assert.Single(await api.WaitForRepliesAsync(other.InterviewId, 1)).Text);
        Assert.DoesNotContain(await api.Timeline.ListAsync(mine.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.CandidateReplied);
        await AssertControlReplyIsTheFirstAsync(mine.InterviewId);
    }

    [Fact]
    public async Task A_delivery_while_the_same_message_is_being_handled_is_asked_to_come_back_with_409()
    {
        // Arrange: another delivery has recorded the message a moment ago and is still handling it.
        var report = await api.StartWaitingAsync();
        await api.Get<IInboundMessageLog>().TryRecordAsync("<inflight@mail.example.com>", report.InterviewId, DateTimeOffset.UtcNow, CancellationToken.None);
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "in flight", messageId: "<inflight@mail.example.com>");

        // Act
        var answer = await DeliverAsync(body);

        // Assert
        Assert.Equal(409, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.Equal("60", answer.Headers!["Retry-After"]);
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task A_delivery_recorded_long_ago_and_never_handled_is_taken_over()
    {
        // Arrange: an earlier delivery crashed between recording the message and handling it.
        var report = await api.StartWaitingAsync();
        await api.Get<IInboundMessageLog>().TryRecordAsync("<crashed@mail.example.com>", report.InterviewId, DateTimeOffset.UtcNow - InboundEmailReceiver.InFlightFor - TimeSpan.FromSeconds(1), CancellationToken.None);
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "taken over", messageId: "<crashed@mail.example.com>");

        // Act
        var answer = await DeliverAsync(body);

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("taken over", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Second_delivery_of_the_same_message_is_ignored_as_a_duplicate()
    {
        var report = await api.StartWaitingAsync();
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "once", messageId: "<dup@mail.example.com>");
        Assert.Equal(202, (await DeliverAsync(body)).StatusCode);

        var again = await DeliverAsync(body);

        Assert.Equal(200, again.StatusCode);
        Assert.Equal("duplicate", ApiHost.Json(again).GetProperty("reason").GetString());
        Assert.Equal(202, (await DeliverAsync(InboundMessages.Body(ReplyAddress(report.InterviewId), text: "control"))).StatusCode);
        var replies = await api.WaitForRepliesAsync(report.InterviewId, 2);
        Assert.Equal(["once", "control"], replies.Select(r => r.Text));
    }

    public static TheoryData<string, string, string, string?, string?> AutomaticMail() => new()
    {
        { "auto-reply", "Hanako <hanako.sato@example.com>", "Re: 本日はありがとうございました", "Auto-Submitted", "auto-replied" },
        { "auto-reply", "Hanako <hanako.sato@example.com>", "Re: 本日はありがとうございました", "X-Autoreply", "yes" },
        { "auto-reply", "Hanako <hanako.sato@example.com>", "Re: 本日はありがとうございました", "Precedence", "auto_reply" },
        { "auto-reply", "Hanako <hanako.sato@example.com>", "【自動返信】不在のお知らせ", null, null },
        { "auto-reply", "Hanako <hanako.sato@example.com>", "Automatic reply: 本日はありがとうございました", null, null },
        { "auto-reply", "Hanako <hanako.sato@example.com>", "Out of Office: Thank you for today", null, null },
        { "bounce", "Mail Delivery System <MAILER-DAEMON@mx.example.com>", "Undelivered Mail Returned to Sender", null, null },
        { "bounce", "postmaster@example.com", "Delivery Status Notification (Failure)", null, null },
    };

    [Theory]
    [MemberData(nameof(AutomaticMail))]
    public async Task Machine_written_mail_is_ignored_and_raises_nothing(string reason, string from, string subject, string? header, string? value)
    {
        var report = await api.StartWaitingAsync();
        var headers = header is null ? null : new Dictionary<string, string> { [header] = value! };

        var answer = await DeliverAsync(InboundMessages.Body(ReplyAddress(report.InterviewId), subject: subject, from: from, headers: headers));

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(reason, ApiHost.Json(answer).GetProperty("reason").GetString());
        await AssertControlReplyIsTheFirstAsync(report.InterviewId);
    }

    [Fact]
    public async Task Reply_after_the_follow_up_finished_reaches_the_owner_at_once_and_once()
    {
        var report = await api.StartFinishedAsync();
        var body = InboundMessages.Body(ReplyAddress(report.InterviewId), text: "やっぱりもう一度お話しできますか？", messageId: "<late@mail.example.com>");
        var candidateEmailsBefore = api.Emails.Sent.Count(s => s.Order.InterviewId == report.InterviewId && s.Order.IsForCandidate);

        var answer = await DeliverAsync(body);
        var again = await DeliverAsync(body);

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("matched", ApiHost.Json(answer).GetProperty("outcome").GetString());
        var forwarded = Assert.Single(api.RepliesForwarded(report.InterviewId));
        Assert.Equal("やっぱりもう一度お話しできますか？", forwarded.Text);
        var entry = await api.Timeline.FindAsync(report.InterviewId, InboundEmailReceiver.TimelineKey("<late@mail.example.com>"), CancellationToken.None);
        Assert.Equal(TimelineEntryKind.CandidateReplied, entry!.Kind);
        Assert.Contains("forwarded to the owner", entry.Summary, StringComparison.Ordinal);
        Assert.Equal("duplicate", ApiHost.Json(again).GetProperty("reason").GetString());
        Assert.Equal(candidateEmailsBefore, api.Emails.Sent.Count(s => s.Order.InterviewId == report.InterviewId && s.Order.IsForCandidate));
    }

    [Fact]
    public async Task Reply_for_an_interview_that_no_longer_exists_is_ignored_and_stores_nothing()
    {
        var body = InboundMessages.Body(ReplyAddress("iv-erased"));

        var answer = await DeliverAsync(body);

        Assert.Equal("unknown-interview", ApiHost.Json(answer).GetProperty("reason").GetString());
        Assert.Empty(await api.Timeline.ListAsync("iv-erased", CancellationToken.None));
    }

    [Theory]
    [InlineData("{ \"messageId\": ", "$")]
    [InlineData("""{ "from": "a@example.com", "to": ["x@example.com"], "subject": "", "text": "" }""", "messageId")]
    [InlineData("""{ "messageId": "<m@x>", "to": ["x@example.com"], "subject": "", "text": "" }""", "from")]
    [InlineData("""{ "messageId": "<m@x>", "from": "a@example.com", "subject": "", "text": "" }""", "to")]
    [InlineData("""{ "messageId": "<m@x>", "from": "a@example.com", "to": [], "subject": "", "text": "" }""", "to")]
    [InlineData("""{ "messageId": "<m@x>", "from": "a@example.com", "to": [""], "subject": "", "text": "" }""", "to[0]")]
    [InlineData("""{ "messageId": "<m@x>", "from": "a@example.com", "to": ["x@example.com"], "text": "" }""", "subject")]
    [InlineData("""{ "messageId": "<m@x>", "from": "a@example.com", "to": ["x@example.com"], "subject": "" }""", "text")]
    [InlineData("""{ "messageId": "<m@x>", "from": "a@example.com", "to": "x@example.com", "subject": "", "text": "" }""", "to")]
    public async Task Malformed_body_answers_400_problem_naming_the_field(string json, string field)
    {
        var answer = await DeliverAsync(ApiHost.Utf8(json));

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty(field, out _), answer.Body);
    }

    [Fact]
    public async Task Body_over_the_limit_answers_413_before_its_signature_is_computed()
    {
        var body = new byte[InboundEmailLimits.MaxBodyBytes + 1];

        var answer = await DeliverAsync(body, signature: InboundMessages.SignatureShaped[InboundSignature.HeaderName]);

        Assert.Equal(413, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_json_declared_over_the_limit_is_refused_401_on_its_headers_without_reading_the_body()
    {
        var answer = await api.PostAsync(RouteNames.ReceiveInboundEmail, new UnreadableStream(), InboundEmailLimits.MaxBodyBytes + 1L, "application/json");

        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_a_relay_adds_are_skipped()
    {
        var report = await api.StartWaitingAsync();
        var json = $$"""{ "messageId": "<extra@x>", "from": "h@example.com", "to": ["{{ReplyAddress(report.InterviewId)}}"], "cc": [], "subject": "Re", "text": "ok", "html": "<p>ok</p>" }""";

        var answer = await DeliverAsync(ApiHost.Utf8(json));

        Assert.Equal(202, answer.StatusCode);
    }
}
