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
    public async Task Undecided_reply_during_a_wait_split_into_several_timers_ends_the_wait_early()
    {
        // Azure Storage cannot hold a message invisible for 3 months, so the worker splits long timers;
        // a short maximum interval reproduces that split in seconds.
        await using var host = await PlaybookHost.StartAsync(maximumTimerInterval: TimeSpan.FromSeconds(1));
        var policy = Reports.FastPolicy with { NurtureAfter = IsoDuration.Parse("PT30S") };
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, policy);
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
}
