using System.Web;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Tests.Security;

/// <summary>
/// Reply and opt-out tokens of a case reported over HTTP, against what an attacker or an unlucky reuse
/// of an interview id can do: each answers as for an unknown link, and the live case hears nothing.
/// </summary>
public sealed class CaseBoundTokenRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task After_erasure_and_reuse_of_the_interview_id_the_old_cases_tokens_never_reach_the_new_case()
    {
        // Arrange: a case, its links, its erasure, and a new candidate's case under the same id.
        const string id = "iv-reused-after-erasure";
        var first = await SubmitAndRecordAsync(id, "first.candidate@example.com");
        var oldReply = api.Tokens.ReplyAddressFor(first);
        var oldOptOut = OptOutToken(api.Tokens.OptOutLinkFor(first));
        var oldLegacyReply = api.Tokens.ReplyAddressFor(id);
        Assert.Equal(202, (await api.EraseAsync("first.candidate@example.com")).StatusCode);
        var second = await SubmitAndRecordAsync(id, "second.candidate@example.com");

        // Act
        var reply = await DeliverAsync(oldReply);
        var legacyReply = await DeliverAsync(oldLegacyReply);
        var optOut = await api.OptOutAsync(oldOptOut);
        var genuine = await DeliverAsync(api.Tokens.ReplyAddressFor(second));

        // Assert
        Assert.NotEqual(first.CaseNonce, second.CaseNonce);
        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(200, legacyReply.StatusCode);
        Assert.Contains("unknown-recipient", reply.Body, StringComparison.Ordinal);
        Assert.Equal(400, optOut.StatusCode);
        Assert.Equal(202, genuine.StatusCode);
        var status = await api.Playbook.WaitForStatusAsync(id, s => s.LastReplyAt is not null);
        Assert.False(status.OptedOut);
        Assert.Single(await api.Timeline.ListAsync(id, CancellationToken.None), e => e.Kind == Orchestrations.Storage.TimelineEntryKind.CandidateReplied);
    }

    [Fact]
    public async Task A_new_case_under_an_erased_id_sends_its_own_emails_under_new_message_keys()
    {
        const string id = "iv-reused-message-keys";
        var first = await SubmitAndRecordAsync(id, "keys.first@example.com");
        await api.Playbook.WaitForStatusAsync(id, s => s.CandidateEmails == 1);
        await api.EraseAsync("keys.first@example.com");

        var second = await SubmitAndRecordAsync(id, "keys.second@example.com");
        await api.Playbook.WaitForStatusAsync(id, s => s.CandidateEmails == 1);

        var keys = api.Emails.Sent.Where(s => s.Order.InterviewId == id && s.Order.Kind == EmailKind.ConsideringThanks).Select(s => s.Order.MessageKey).ToArray();
        Assert.Equal(2, keys.Length);
        Assert.NotEqual(keys[0], keys[1]);
        Assert.Contains(first.CaseNonce!, keys[0], StringComparison.Ordinal);
        Assert.Contains(second.CaseNonce!, keys[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_or_truncated_reply_token_is_ignored_and_reaches_no_case()
    {
        var report = await SubmitAndRecordAsync("iv-forged-token", "forged.token@example.com");
        var address = api.Tokens.ReplyAddressFor(report);
        var plus = address.IndexOf('+', StringComparison.Ordinal);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var token = address[(plus + 1)..at];
        var forged = address[..(plus + 1)] + (token[0] == 'a' ? 'b' : 'a') + token[1..] + address[at..];
        var truncated = address[..(at - 4)] + address[at..];

        var forgedAnswer = await DeliverAsync(forged);
        var truncatedAnswer = await DeliverAsync(truncated);

        Assert.Equal(200, forgedAnswer.StatusCode);
        Assert.Equal(200, truncatedAnswer.StatusCode);
        Assert.DoesNotContain(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == Orchestrations.Storage.TimelineEntryKind.CandidateReplied);
    }

    [Fact]
    public async Task A_replayed_reply_is_taken_once()
    {
        var report = await SubmitAndRecordAsync("iv-replayed-reply", "replayed.reply@example.com");
        var body = InboundMessages.Body(api.Tokens.ReplyAddressFor(report), messageId: "<replayed@mail.example.com>");

        var first = await api.ReceiveInboundAsync(body, InboundMessages.Sign(body));
        var replay = await api.ReceiveInboundAsync(body, InboundMessages.Sign(body));

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(200, replay.StatusCode);
        Assert.Single(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == Orchestrations.Storage.TimelineEntryKind.CandidateReplied);
    }

    private async Task<Orchestrations.Interviews.InterviewReport> SubmitAndRecordAsync(string id, string email)
    {
        var answer = await api.CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, ReportBodies.Considering(id, email));
        Assert.Equal(202, answer.StatusCode);
        await api.Playbook.WaitForStatusAsync(id, s => s.CandidateEmails == 1);
        return await api.Interviews.RecordedReportAsync(id);
    }

    private Task<ApiAnswer> DeliverAsync(string to)
    {
        var body = InboundMessages.Body(to);
        return api.ReceiveInboundAsync(body, InboundMessages.Sign(body));
    }

    private static string OptOutToken(Uri link) => HttpUtility.ParseQueryString(link.Query)["token"]!;
}
