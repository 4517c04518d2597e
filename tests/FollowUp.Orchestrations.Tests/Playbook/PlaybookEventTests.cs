using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

public sealed class PlaybookEventTests
{
    [Fact]
    public async Task Opt_out_mid_wait_stops_candidate_email_while_owner_escalations_go_on()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        await host.RaiseAsync(id, FollowUpEvents.OptedOut, new OptOutNotice(DateTimeOffset.UtcNow));
        var optedOut = await host.WaitForStatusAsync(id, s => s.OptedOut);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.AwaitingReply, optedOut.Stage);
        Assert.Equal([EmailKind.ConsideringThanks, EmailKind.OwnerNoReply, EmailKind.OwnerNoResponseClosed], host.Emails.Kinds);
        Assert.Equal(FollowUpStage.NoResponse, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task Candidate_who_opted_out_elsewhere_receives_no_email_and_the_skip_is_on_the_timeline()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Declined);
        await host.TalentPool.MarkOptedOutAsync(report.Candidate.Email, DateTimeOffset.UtcNow, CancellationToken.None);

        var id = await host.StartFollowUpAsync(report);
        await host.WaitForCompletionAsync(id);
        var timeline = await host.Timeline.ListAsync(id, CancellationToken.None);

        Assert.Equal([EmailKind.OwnerRetrospective, EmailKind.OwnerSnsConnect], host.Emails.Kinds);
        Assert.Contains(timeline, e => e.Kind == TimelineEntryKind.EmailSkipped && e.Summary.StartsWith(nameof(EmailKind.DeclinedThanks), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reaction_change_mid_wait_continues_with_the_new_branch()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, new ReactionChange { Reaction = Reaction.Declined, ReportedAt = DateTimeOffset.UtcNow });
        var done = await host.WaitForCompletionAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(3.5));

        Assert.Equal(
            [EmailKind.ConsideringThanks, EmailKind.DeclinedThanks, EmailKind.OwnerRetrospective, EmailKind.OwnerSnsConnect],
            host.Emails.Kinds);
        var status = done.ReadOutputAs<FollowUpStatus>()!;
        Assert.Equal(Reaction.Declined, status.Reaction);
        Assert.Equal(2, status.CandidateEmails);
        Assert.Equal(4, host.Emails.Sent.Select(s => s.Order.MessageKey).Distinct().Count());
    }

    [Fact]
    public async Task Reply_that_arrives_while_the_same_day_email_is_sent_is_not_lost()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering);

        var id = await host.StartFollowUpAsync(report);
        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-5", DateTimeOffset.UtcNow, "Re", "Yes please!"));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.Replied, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.Equal([EmailKind.ConsideringThanks, EmailKind.OwnerReplyReceived], host.Emails.Kinds);
    }
}
