using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

/// <summary>Events that arrive together, or while an execution continues as new, are each handled once.</summary>
public sealed class NoEventLostTests
{
    private static CandidateReply Reply(string id) => new($"<{id}@example.com>", DateTimeOffset.UtcNow, "Re", $"reply {id}");

    [Fact]
    public async Task A_reply_and_a_reaction_raised_together_are_both_handled_once()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering);

        // Raised while the same-day work runs, both have arrived before the first wait reads the inbox,
        // which takes the reaction first: the reply must travel into the new execution.
        var id = await host.StartFollowUpAsync(report, Reports.FastPolicy with { ReplyWindow = IsoDuration.Parse("PT30S") });
        await Task.WhenAll(
            host.RaiseAsync(id, FollowUpEvents.CandidateReplied, Reply("together")),
            host.RaiseAsync(id, FollowUpEvents.ReactionChanged, new ReactionChange { Reaction = Reaction.Declined, ReportedAt = DateTimeOffset.UtcNow }));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.Declined, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.Single(host.Emails.Sent, s => s.Order.Kind == EmailKind.OwnerReplyReceived);
        Assert.Single(host.Emails.Sent, s => s.Order.Kind == EmailKind.DeclinedThanks);
    }

    [Fact]
    public async Task Replies_arriving_across_continue_as_new_boundaries_each_reach_the_owner_once()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(TimeSpan.FromMinutes(10)) };
        var policy = Reports.FastPolicy with
        {
            MaxWaitPerExecution = IsoDuration.Parse("PT1S"),
            ReminderBefore = IsoDuration.Parse("PT5M"),
        };
        var id = await host.StartFollowUpAsync(report, policy);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled && s.NextAction is not null);

        for (var i = 0; i < 6; i++)
        {
            await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, Reply($"r{i}"));
            await Task.Delay(370);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (host.Emails.Sent.Count(s => s.Order.Kind == EmailKind.OwnerReplyReceived) < 6)
        {
            await Task.Delay(100, deadline.Token);
        }

        await Task.Delay(1500);
        await host.Client.TerminateInstanceAsync(id);
        var forwarded = host.Emails.Sent.Where(s => s.Order.Kind == EmailKind.OwnerReplyReceived).Select(s => s.Order.Details.Reply!.MessageId).ToList();
        Assert.Equal(6, forwarded.Count);
        Assert.Equal(6, forwarded.Distinct().Count());
    }
}
