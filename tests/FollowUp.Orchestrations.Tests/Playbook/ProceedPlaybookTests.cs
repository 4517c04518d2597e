using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

public sealed class ProceedPlaybookTests
{
    [Fact]
    public async Task Proceed_with_a_date_confirms_at_once_and_reminds_before_the_interview()
    {
        await using var host = await PlaybookHost.StartAsync();
        var next = Reports.NextInterviewIn(TimeSpan.FromSeconds(8));
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = next };

        var id = await host.StartFollowUpAsync(report);
        var scheduled = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(PlannedAction.SendInterviewReminder, scheduled.NextAction);
        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.InterviewReminder], host.Emails.Kinds);
        var reminderAt = host.Emails.Sent[1].At;
        Assert.InRange(reminderAt, next.StartsAt.AddSeconds(-3.5), next.StartsAt);
        Assert.Equal(FollowUpStage.InterviewScheduled, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task Proceed_with_an_interview_too_close_for_a_reminder_sends_only_the_confirmation()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(TimeSpan.FromSeconds(2)) };

        var id = await host.StartFollowUpAsync(report);
        await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.ProceedConfirmation], host.Emails.Kinds);
    }

    [Fact]
    public async Task Proceed_without_a_date_escalates_at_once_asks_for_availability_and_escalates_again()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Proceed);

        var id = await host.StartFollowUpAsync(report);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.OwnerBookNow, EmailKind.AskAvailability, EmailKind.OwnerBookNow], host.Emails.Kinds);
        Assert.Equal([1, 2], host.Emails.Sent.Where(s => s.Order.Kind == EmailKind.OwnerBookNow).Select(s => s.Order.Details.Round));
        var status = done.ReadOutputAs<FollowUpStatus>()!;
        Assert.Equal(FollowUpStage.BookingOverdue, status.Stage);
        Assert.Equal(2, status.Escalations);
    }

    [Fact]
    public async Task Proceed_without_a_date_then_booked_confirms_the_booking_and_escalates_no_more()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Proceed));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingBooking);

        var booked = new ReactionChange
        {
            Reaction = Reaction.Proceed,
            NextInterview = Reports.NextInterviewIn(TimeSpan.FromSeconds(2)),
            ReportedAt = DateTimeOffset.UtcNow,
        };
        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, booked);
        await host.WaitForCompletionAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal([EmailKind.OwnerBookNow, EmailKind.AskAvailability, EmailKind.ProceedConfirmation], host.Emails.Kinds);
        Assert.Equal(host.Emails.Sent.Count, host.Emails.Sent.Select(s => s.Order.MessageKey).Distinct().Count());
    }

    [Fact]
    public async Task Proceed_without_a_date_and_a_reply_hands_the_reply_to_the_owner_instead_of_escalating_again()
    {
        await using var host = await PlaybookHost.StartAsync();
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Proceed));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingBooking);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("m-3", DateTimeOffset.UtcNow, "Re: 日程", "来週火曜の午後が空いています。"));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.OwnerBookNow, EmailKind.AskAvailability, EmailKind.OwnerReplyReceived], host.Emails.Kinds);
        Assert.Equal(FollowUpStage.Replied, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }
}
