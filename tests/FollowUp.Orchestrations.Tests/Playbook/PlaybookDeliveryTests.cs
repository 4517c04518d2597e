using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

public sealed class PlaybookDeliveryTests
{
    [Fact]
    public async Task Replaying_the_orchestration_never_repeats_an_email()
    {
        await using var host = await PlaybookHost.StartAsync();

        // The no-reply path replays the history at every timer and activity: many episodes, four emails.
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering));
        await host.WaitForCompletionAsync(id);

        Assert.True(host.Episodes >= 5, $"the orchestration ran {host.Episodes} episodes");
        Assert.Equal(4, host.Emails.Sent.Count);
        Assert.Equal(4, host.Emails.DispatchCalls);
    }

    [Fact]
    public async Task Activity_that_crashes_after_sending_is_retried_without_a_second_email()
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.CrashAfterSending(EmailKind.ConsideringThanks);

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering));
        var status = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.Equal(2, host.Emails.DispatchCalls);
        Assert.Equal([EmailKind.ConsideringThanks], host.Emails.Kinds);
        Assert.Equal(1, status.CandidateEmails);
    }

    [Fact]
    public async Task Email_refused_for_good_is_reported_to_the_owner_and_the_follow_up_goes_on()
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.RefuseForGood(EmailKind.ConsideringThanks, "550 5.1.1 mailbox unavailable");

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering));
        var waiting = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);
        var timeline = await host.Timeline.ListAsync(id, CancellationToken.None);

        var toOwner = Assert.Single(host.Emails.Sent).Order;
        Assert.Equal(EmailKind.OwnerDeliveryFailed, toOwner.Kind);
        Assert.Equal(EmailKind.ConsideringThanks, toOwner.Details.FailedKind);
        Assert.Contains("mailbox unavailable", toOwner.Details.FailureReason, StringComparison.Ordinal);
        Assert.Equal(0, waiting.CandidateEmails);
        Assert.Contains(timeline, e => e.Kind == TimelineEntryKind.EmailFailed);
    }
}
