using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

/// <summary>Version 3: a reply before a booked interview may be a reschedule request, so it holds the reminder until the owner decides.</summary>
public sealed class HeldReminderPlaybookTests
{
    private static CandidateReply Reply(string id) => new($"<{id}@example.com>", DateTimeOffset.UtcNow, "Re: 次回面接のご案内", "申し訳ありません、その日は都合が悪くなってしまいました。");

    private static async Task<string> StartBookedAndReplyAsync(PlaybookHost host, TimeSpan interviewIn)
    {
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(interviewIn) };
        var id = await host.StartFollowUpAsync(report);
        await host.WaitForStatusAsync(id, s => s.NextAction == PlannedAction.SendInterviewReminder);
        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, Reply(id));
        return id;
    }

    [Fact]
    public async Task A_reply_before_a_booked_interview_holds_the_reminder_and_the_owner_is_told_so()
    {
        await using var host = await PlaybookHost.StartAsync();

        var id = await StartBookedAndReplyAsync(host, TimeSpan.FromSeconds(8));
        var held = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.ReminderHeld);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(PlannedAction.ConfirmInterviewDate, held.NextAction);
        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.OwnerReplyReceived], host.Emails.Kinds);
        Assert.True(host.Emails.Sent[1].Order.Details.ReminderHeld);
        Assert.Equal(FollowUpStage.InterviewScheduled, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task Confirming_the_date_releases_the_held_reminder()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await StartBookedAndReplyAsync(host, TimeSpan.FromSeconds(10));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.ReminderHeld);

        await host.RaiseAsync(id, FollowUpEvents.DateConfirmed, new DateConfirmation(DateTimeOffset.UtcNow));
        var released = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled);
        await host.WaitForCompletionAsync(id);

        Assert.Equal(PlannedAction.SendInterviewReminder, released.NextAction);
        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.OwnerReplyReceived, EmailKind.InterviewReminder], host.Emails.Kinds);
    }

    [Fact]
    public async Task A_new_date_reported_while_the_reminder_is_held_sends_the_updated_invitation_and_reminds_of_the_new_date()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await StartBookedAndReplyAsync(host, TimeSpan.FromMinutes(30));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.ReminderHeld);
        var moved = Reports.NextInterviewIn(TimeSpan.FromSeconds(8));

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, new ReactionChange { Reaction = Reaction.Proceed, NextInterview = moved, ReportedAt = DateTimeOffset.UtcNow });
        await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.OwnerReplyReceived, EmailKind.ProceedConfirmation, EmailKind.InterviewReminder], host.Emails.Kinds);
        var update = host.Emails.Sent[2].Order;
        Assert.Equal(moved, update.Report.NextInterview);
        Assert.Equal(1, update.Details.InvitationSequence);
        Assert.True(update.Details.Rescheduled);
    }

    [Fact]
    public async Task Version_2_reply_before_a_booked_interview_still_lets_the_reminder_go_out()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(TimeSpan.FromSeconds(8)) };
        var id = await host.StartFollowUpAsync(report, version: 2);
        await host.WaitForStatusAsync(id, s => s.NextAction == PlannedAction.SendInterviewReminder);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, Reply(id));
        await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.OwnerReplyReceived, EmailKind.InterviewReminder], host.Emails.Kinds);
        Assert.False(host.Emails.Sent[1].Order.Details.ReminderHeld);
    }
}
