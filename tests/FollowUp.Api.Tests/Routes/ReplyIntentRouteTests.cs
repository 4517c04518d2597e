using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary>A candidate's reply is read on arrival; a clear answer moves the case the way a reported reaction would.</summary>
public sealed class ReplyIntentRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Decline = "ご連絡ありがとうございます。検討の結果、今回は選考を辞退させていただきます。";
    private const string Proceed = "ありがとうございます。ぜひ選考に進みたいです。よろしくお願いいたします。";
    private const string NotNow = "Thank you. Now is not the right time for me, so I'll stay in my current role for now. Maybe next year.";
    private const string Question = "ご連絡ありがとうございます。リモート勤務は可能でしょうか？";

    private async Task ReplyAsync(string interviewId, string text)
    {
        var body = InboundMessages.Body(api.Tokens.ReplyAddressFor(interviewId), text: text);
        Assert.Equal(202, (await api.ReceiveInboundAsync(body, InboundMessages.Sign(body))).StatusCode);
    }

    private IEnumerable<EmailOrder> Orders(string interviewId) =>
        api.Emails.Sent.Where(s => s.Order.InterviewId == interviewId).Select(s => s.Order);

    private async Task<EmailOrder> WaitForEmailAsync(string interviewId, EmailKind kind)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        EmailOrder? order;
        while ((order = Orders(interviewId).FirstOrDefault(o => o.Kind == kind)) is null)
        {
            await Task.Delay(50, deadline.Token);
        }

        return order;
    }

    [Fact]
    public async Task A_clear_decline_while_considering_moves_the_case_to_declined_and_thanks_for_the_reply()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        await ReplyAsync(report.InterviewId, Decline);

        var notice = await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerReplyReceived);
        Assert.Equal(ReplyIntent.Decline, notice.Details.Reply!.Reading!.Intent);
        Assert.Equal(ReplyOutcome.MovedToDeclined, notice.Details.ReplyOutcome);
        var thanks = await WaitForEmailAsync(report.InterviewId, EmailKind.DeclinedThanks);
        Assert.True(thanks.Details.FollowsReply);
        await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerRetrospective);
        var timeline = await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None);
        Assert.Contains(timeline, e => e.Kind == TimelineEntryKind.ReactionChanged && e.Summary.Contains("reply", StringComparison.Ordinal) && e.Summary.EndsWith("declined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clear_yes_while_considering_asks_the_owner_to_book_and_the_candidate_for_dates_without_a_second_thank_you_for_today()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        await ReplyAsync(report.InterviewId, Proceed);

        await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerBookNow);
        var ask = await WaitForEmailAsync(report.InterviewId, EmailKind.AskAvailability);
        Assert.True(ask.Details.FollowsReply);
        var status = await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Reaction == Reaction.Proceed);
        Assert.Equal(Reaction.Proceed, status.Reaction);
    }

    [Fact]
    public async Task Not_now_while_considering_moves_the_case_to_undecided()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        await ReplyAsync(report.InterviewId, NotNow);

        var thanks = await WaitForEmailAsync(report.InterviewId, EmailKind.UndecidedThanks);
        Assert.True(thanks.Details.FollowsReply);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Reaction == Reaction.Undecided);
    }

    [Fact]
    public async Task A_question_goes_to_the_owner_only_and_the_case_keeps_its_reaction()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        await ReplyAsync(report.InterviewId, Question);

        var notice = await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerReplyReceived);
        Assert.Equal(ReplyOutcome.OwnerOnly, notice.Details.ReplyOutcome);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.NextAction == Orchestrations.Playbook.PlannedAction.CloseCase);
        Assert.DoesNotContain(Orders(report.InterviewId), o => o.Kind is EmailKind.DeclinedThanks or EmailKind.AskAvailability or EmailKind.UndecidedThanks);
    }

    [Fact]
    public async Task With_auto_apply_off_even_a_clear_decline_is_left_to_the_owner()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering, policy: ApiHost.WaitingPolicy with { ReplyAutoApply = false });

        await ReplyAsync(report.InterviewId, Decline);

        var notice = await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerReplyReceived);
        Assert.Equal(ReplyOutcome.OwnerOnly, notice.Details.ReplyOutcome);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.NextAction == Orchestrations.Playbook.PlannedAction.CloseCase);
        Assert.DoesNotContain(Orders(report.InterviewId), o => o.Kind == EmailKind.DeclinedThanks);
    }

    [Fact]
    public async Task A_case_already_going_ahead_is_not_moved_by_a_reply()
    {
        var report = await api.StartWaitingAsync(Reaction.Proceed);

        await ReplyAsync(report.InterviewId, Decline);

        var notice = await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerReplyReceived);
        Assert.Equal(ReplyOutcome.OwnerOnly, notice.Details.ReplyOutcome);
        Assert.DoesNotContain(Orders(report.InterviewId), o => o.Kind == EmailKind.DeclinedThanks);
    }

    [Fact]
    public async Task The_status_lists_each_reply_with_its_reading_excerpt_and_what_was_done()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);
        await ReplyAsync(report.InterviewId, Question);
        await WaitForEmailAsync(report.InterviewId, EmailKind.OwnerReplyReceived);

        var answer = await api.CallAsync(Routing.RouteNames.GetInterview, "GET", routeValues: ("id", report.InterviewId));

        var reply = Assert.Single(ApiHost.Json(answer).GetProperty("replies").EnumerateArray());
        Assert.Equal("question", reply.GetProperty("intent").GetString());
        Assert.Equal("ownerOnly", reply.GetProperty("outcome").GetString());
        Assert.Equal(Question, reply.GetProperty("excerpt").GetString());
        Assert.InRange(reply.GetProperty("confidence").GetDouble(), 0, 1);
    }
}
