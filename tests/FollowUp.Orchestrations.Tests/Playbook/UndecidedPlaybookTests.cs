using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

public sealed class UndecidedPlaybookTests
{
    [Fact]
    public async Task Undecided_joins_the_talent_pool_and_is_checked_in_on_after_the_nurture_period()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };

        var id = await host.StartFollowUpAsync(report);
        var nurturing = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);
        var pooled = await host.TalentPool.FindAsync(report.Candidate.Email, CancellationToken.None);
        var done = await host.WaitForCompletionAsync(id);

        Assert.NotNull(pooled);
        Assert.Contains("undecided", pooled.Tags);
        Assert.Equal(report.InterviewedAt.AddSeconds(4), pooled.RecontactAt);
        Assert.Equal(PlannedAction.SendNurtureCheckIn, nurturing.NextAction);
        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.NurtureCheckIn, EmailKind.OwnerNurtureReachOut], host.Emails.Kinds);
        Assert.True(host.Emails.Sent[1].At >= report.InterviewedAt.AddSeconds(4));
        Assert.Equal(FollowUpStage.CheckInSent, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task Version_2_undecided_reply_during_a_wait_split_into_several_timers_ends_the_wait_early()
    {
        // Azure Storage cannot hold a message invisible for 3 months, so the worker splits long timers;
        // a short maximum interval reproduces that split in seconds.
        await using var host = await PlaybookHost.StartAsync(maximumTimerInterval: TimeSpan.FromSeconds(1));
        var policy = Reports.FastPolicy with { NurtureAfter = IsoDuration.Parse("PT30S") };
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, policy, version: 2);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);
        var episodesBefore = host.Episodes;
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var episodesWhileWaiting = host.Episodes - episodesBefore;

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-4", DateTimeOffset.UtcNow, "Re: カジュアル面談のお礼", "一度お食事でもいかがですか。"));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.Replied, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.OwnerReplyReceived], host.Emails.Kinds);
        Assert.True(episodesWhileWaiting >= 2, $"each 1-second slice of the 30-second wait wakes the orchestration; it woke {episodesWhileWaiting} times in 3.5 s");
    }

    [Fact]
    public async Task Undecided_reply_goes_to_the_owner_and_the_check_in_still_goes_out_acknowledging_it()
    {
        await using var host = await PlaybookHost.StartAsync();
        var policy = Reports.FastPolicy with { NurtureAfter = IsoDuration.Parse("PT6S") };
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, policy);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-stay", DateTimeOffset.UtcNow, "Re: カジュアル面談のお礼", "今回は現職に残って頑張ります。"));
        var stillNurturing = await host.WaitForStatusAsync(id, s => s.LastReplyAt is not null);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.Nurturing, stillNurturing.Stage);
        Assert.Equal(PlannedAction.SendNurtureCheckIn, stillNurturing.NextAction);
        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.OwnerReplyReceived, EmailKind.NurtureCheckIn, EmailKind.OwnerNurtureReachOut], host.Emails.Kinds);
        var notice = host.Emails.Sent[1].Order;
        Assert.Equal(stillNurturing.NextActionAt, notice.Details.CheckInAt);
        Assert.True(host.Emails.Sent[2].Order.Details.RepliedBefore);
        Assert.Equal(FollowUpStage.CheckInSent, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task Undecided_check_in_is_skipped_after_an_opt_out_and_the_owner_is_still_asked_to_reach_out()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-stay-2", DateTimeOffset.UtcNow, "Re", "しばらくは現職で頑張ります。"));
        await host.RaiseAsync(id, FollowUpEvents.OptedOut, new OptOutNotice(DateTimeOffset.UtcNow));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.OwnerReplyReceived, EmailKind.OwnerNurtureReachOut], host.Emails.Kinds);
        Assert.True(done.ReadOutputAs<FollowUpStatus>()!.OptedOut);
    }
}
