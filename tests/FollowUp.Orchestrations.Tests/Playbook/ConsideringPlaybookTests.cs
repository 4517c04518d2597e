using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.DurableTask.Client;

namespace FollowUp.Orchestrations.Tests.Playbook;

public sealed class ConsideringPlaybookTests
{
    [Fact]
    public async Task Considering_report_sends_the_thanks_with_feedback_at_once_and_waits_for_the_answer()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering);

        var id = await host.StartFollowUpAsync(report);
        var status = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.Equal([EmailKind.ConsideringThanks], host.Emails.Kinds);
        Assert.Equal(PlannedAction.SendStatusCheck, status.NextAction);
        Assert.Equal(1, status.CandidateEmails);
        var sentAt = host.Emails.Sent[0].At;
        Assert.InRange(status.NextActionAt!.Value - sentAt, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Considering_reply_within_the_reply_window_stops_the_status_check()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-1", DateTimeOffset.UtcNow, "Re: ありがとうございました", "ぜひ次の面接に進みたいです。"));
        var done = await host.WaitForCompletionAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(3.5));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(FollowUpStage.Replied, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.Equal([EmailKind.ConsideringThanks, EmailKind.OwnerReplyReceived], host.Emails.Kinds);
        var toOwner = host.Emails.Sent[1].Order;
        Assert.Equal("ぜひ次の面接に進みたいです。", toOwner.Details.Reply!.Text);
    }

    [Fact]
    public async Task Considering_with_no_reply_checks_in_escalates_and_closes_as_no_response()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering);

        var id = await host.StartFollowUpAsync(report);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.NoResponse, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.Equal(
            [EmailKind.ConsideringThanks, EmailKind.StatusCheck, EmailKind.OwnerNoReply, EmailKind.OwnerNoResponseClosed],
            host.Emails.Kinds);
        var thanksAt = host.Emails.Sent[0].At;
        var checkAt = host.Emails.Sent[1].At;
        Assert.True(checkAt - thanksAt >= TimeSpan.FromSeconds(2.5), $"status check came {checkAt - thanksAt} after the thanks");
        var pooled = await host.TalentPool.FindAsync(report.Candidate.Email, CancellationToken.None);
        Assert.NotNull(pooled);
        Assert.Contains("no-response", pooled.Tags);
    }

    [Fact]
    public async Task Considering_reply_after_the_status_check_prevents_the_no_response_closure()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering);
        var id = await host.StartFollowUpAsync(report);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.StatusCheckSent);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-2", DateTimeOffset.UtcNow, "Re: ご状況", "Sorry for the delay, I'd like to proceed."));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.Replied, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.DoesNotContain(EmailKind.OwnerNoResponseClosed, host.Emails.Kinds);
        Assert.Equal(EmailKind.OwnerReplyReceived, host.Emails.Kinds[^1]);
        Assert.Null(await host.TalentPool.FindAsync(report.Candidate.Email, CancellationToken.None));
    }

    [Fact]
    public async Task Considering_with_a_voice_message_sends_the_voice_variant_of_the_thanks()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering) with
        {
            Feedback = new InterviewFeedback { VoiceUrl = new Uri("https://voice.example.com/fb/123") },
        };

        var id = await host.StartFollowUpAsync(report);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.Equal([EmailKind.ConsideringThanksVoice], host.Emails.Kinds);
    }
}
