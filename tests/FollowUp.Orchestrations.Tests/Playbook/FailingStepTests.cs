using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Retries;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Orchestrations.Tests.Playbook;

/// <summary>
/// Failures wait, never drop (version 2): a failing step is retried with durable timers, shows
/// NeedsAttention while it does, and when patience runs out the owner is told and the case waits for
/// a retry request. Policy durations are shrunk to seconds.
/// </summary>
public sealed class FailingStepTests
{
    private static readonly FollowUpPolicy Patient = Reports.FastPolicy with
    {
        ReplyWindow = IsoDuration.Parse("PT1M"),
        RetryFailuresFor = IsoDuration.Parse("PT20S"),
        RetryBackoffStart = IsoDuration.Parse("PT1S"),
        RetryBackoffCap = IsoDuration.Parse("PT2S"),
        NeedsAttentionAfter = IsoDuration.Parse("PT2S"),
    };

    private static readonly FollowUpPolicy ShortPatience = Patient with { RetryFailuresFor = IsoDuration.Parse("PT4S") };

    [Fact]
    public async Task An_email_that_fails_for_a_while_goes_out_once_and_the_status_shows_it_needed_attention_meanwhile()
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.FailTransiently(EmailKind.ConsideringThanks, times: 7);

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering), Patient);
        var troubled = await host.WaitForStatusAsync(id, s => s.NeedsAttention is not null);
        var waiting = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.Equal("SendEmail", troubled.NeedsAttention!.Step);
        Assert.Contains("ConsideringThanks", troubled.NeedsAttention.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("@", troubled.NeedsAttention.Reason, StringComparison.Ordinal);
        Assert.False(troubled.NeedsAttention.WaitingForRetry);
        Assert.Null(waiting.NeedsAttention);
        Assert.Equal(1, waiting.CandidateEmails);
        Assert.Equal([EmailKind.ConsideringThanks], host.Emails.Kinds);
        Assert.Equal(8, host.Emails.AttemptsOf(EmailKind.ConsideringThanks));
        await host.Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task When_patience_runs_out_the_owner_and_ops_are_told_and_a_retry_request_sends_the_email_once()
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.FailTransiently(EmailKind.ConsideringThanks);

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering), ShortPatience with { OpsEmail = "ops@example.com" });
        var stuck = await host.WaitForStatusAsync(id, s => s.NeedsAttention is { WaitingForRetry: true });
        await WaitForEmailsAsync(host, 2);
        var triesBeforeRetry = host.Emails.AttemptsOf(EmailKind.ConsideringThanks);

        // Nothing is tried again until someone asks: the case waits, it does not fail.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(triesBeforeRetry, host.Emails.AttemptsOf(EmailKind.ConsideringThanks));
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(id))!.RuntimeStatus);

        host.Emails.Restore(EmailKind.ConsideringThanks);
        var retried = await host.Services.GetRequiredService<InterviewRetries>().RetryAsync(host.Client, id, CancellationToken.None);
        var waiting = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.IsType<RetryResult.Accepted>(retried);
        var notices = host.Emails.Sent.Where(s => s.Order.Kind == EmailKind.OwnerStepStuck).Select(s => s.Order).ToList();
        Assert.Equal(["yamane@example.co.jp", "ops@example.com"], notices.Select(n => n.Report.Owner.Email));
        Assert.All(notices, n => Assert.Equal(EmailKind.ConsideringThanks, n.Details.FailedKind));
        Assert.All(notices, n => Assert.Equal("SendEmail", n.Details.FailedStep));
        Assert.Equal(stuck.NeedsAttention!.Since, notices[0].Details.FailingSince);
        Assert.Equal(1, host.Emails.CountOf(EmailKind.ConsideringThanks));
        Assert.Null(waiting.NeedsAttention);
        Assert.Equal(1, waiting.CandidateEmails);
        await host.Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task A_retry_request_when_nothing_waits_for_one_is_refused_and_raises_nothing()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering), Patient);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);
        var retries = host.Services.GetRequiredService<InterviewRetries>();

        var running = await retries.RetryAsync(host.Client, id, CancellationToken.None);
        var unknown = await retries.RetryAsync(host.Client, "iv-nobody", CancellationToken.None);

        Assert.IsType<RetryResult.NothingToRetry>(running);
        Assert.IsType<RetryResult.NotFound>(unknown);
        await host.Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task A_new_reaction_replaces_a_stuck_step_and_the_case_goes_on_its_new_branch()
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.FailTransiently(EmailKind.ConsideringThanks);

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering), ShortPatience);
        await host.WaitForStatusAsync(id, s => s.NeedsAttention is { WaitingForRetry: true });
        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, new ReactionChange { Reaction = Reaction.Declined, ReportedAt = DateTimeOffset.UtcNow });
        var done = await host.WaitForCompletionAsync(id);

        var status = done.ReadOutputAs<FollowUpStatus>()!;
        Assert.Equal(FollowUpStage.Declined, status.Stage);
        Assert.Null(status.NeedsAttention);
        Assert.Equal(0, host.Emails.CountOf(EmailKind.ConsideringThanks));
        Assert.Equal(1, host.Emails.CountOf(EmailKind.DeclinedThanks));
    }

    [Fact]
    public async Task An_email_refused_for_good_is_not_retried_and_the_owner_is_told_which_one()
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.RefuseForGood(EmailKind.ConsideringThanks, "550 5.1.1 mailbox unavailable");

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering), Patient);
        var waiting = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.Equal(1, host.Emails.AttemptsOf(EmailKind.ConsideringThanks));
        var notice = Assert.Single(host.Emails.Sent).Order;
        Assert.Equal(EmailKind.OwnerDeliveryFailed, notice.Kind);
        Assert.Equal(EmailKind.ConsideringThanks, notice.Details.FailedKind);
        Assert.Null(waiting.NeedsAttention);
        await host.Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task A_version_1_case_keeps_its_five_quick_tries_and_shows_no_needs_attention()
    {
        await using var host = await PlaybookHost.StartAsync();

        // An IOException: version 1's IsCausedBy check cannot tell an HttpRequestException from a permanent failure (see FollowUpRun.Steps).
        host.Emails.FailTransiently(EmailKind.ConsideringThanks, failure: () => new IOException("connection reset"));

        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Considering), Patient, version: 1);
        var waiting = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply, TimeSpan.FromSeconds(90));

        Assert.Equal(5, host.Emails.AttemptsOf(EmailKind.ConsideringThanks));
        Assert.Equal(EmailKind.OwnerDeliveryFailed, Assert.Single(host.Emails.Sent).Order.Kind);
        Assert.Null(waiting.NeedsAttention);
        await host.Client.TerminateInstanceAsync(id);
    }

    private static async Task WaitForEmailsAsync(PlaybookHost host, int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (host.Emails.Sent.Count < count)
        {
            await Task.Delay(50, deadline.Token);
        }
    }
}
