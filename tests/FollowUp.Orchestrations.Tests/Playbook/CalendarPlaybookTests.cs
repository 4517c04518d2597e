using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

/// <summary>Version 3: the candidate's calendar follows the case through new dates and dropped interviews.</summary>
public sealed class CalendarPlaybookTests
{
    private static ReactionChange Change(Reaction reaction, NextInterview? next = null) =>
        new() { Reaction = reaction, NextInterview = next, ReportedAt = DateTimeOffset.UtcNow };

    [Fact]
    public async Task A_new_date_sends_a_confirmation_with_a_higher_sequence_that_says_the_interview_moved()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(TimeSpan.FromMinutes(30)) };
        var id = await host.StartFollowUpAsync(report);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled);

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, Change(Reaction.Proceed, Reports.NextInterviewIn(TimeSpan.FromMinutes(90))));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled && host.Emails.CountOf(EmailKind.ProceedConfirmation) == 2);
        await host.Client.TerminateInstanceAsync(id);

        var confirmations = host.Emails.Sent.Where(s => s.Order.Kind == EmailKind.ProceedConfirmation).Select(s => s.Order).ToArray();
        Assert.Equal([0, 1], confirmations.Select(o => o.Details.InvitationSequence));
        Assert.Equal([false, true], confirmations.Select(o => o.Details.Rescheduled));
        Assert.Equal([true, false], confirmations.Select(o => o.Details.FirstToCandidate));
        Assert.DoesNotContain(EmailKind.InterviewCancelled, host.Emails.Kinds);
    }

    [Theory]
    [InlineData(Reaction.Declined, EmailKind.DeclinedThanks)]
    [InlineData(Reaction.Considering, EmailKind.ConsideringThanks)]
    public async Task Moving_away_from_a_booked_interview_cancels_it_in_the_calendar_before_the_new_branch(Reaction reaction, EmailKind branchEmail)
    {
        await using var host = await PlaybookHost.StartAsync();
        var booked = Reports.NextInterviewIn(TimeSpan.FromMinutes(30));
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Proceed) with { NextInterview = booked });
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled);

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, Change(reaction));
        await host.WaitForStatusAsync(id, s => s.Reaction == reaction && s.Stage != FollowUpStage.Received);
        await host.Client.TerminateInstanceAsync(id);

        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.InterviewCancelled, branchEmail], host.Emails.Kinds.Take(3));
        var cancel = host.Emails.Sent[1].Order;
        Assert.Equal(booked, cancel.Details.CancelledInterview);
        Assert.Equal(1, cancel.Details.InvitationSequence);
    }

    [Fact]
    public async Task Version_2_case_moving_to_proceed_without_a_date_cancels_its_invitation_in_the_next_generation()
    {
        await using var host = await PlaybookHost.StartAsync();
        var booked = Reports.NextInterviewIn(TimeSpan.FromMinutes(30));
        var id = await host.StartFollowUpAsync(Reports.Report(Reaction.Proceed) with { NextInterview = booked }, version: 2);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.InterviewScheduled);

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, Change(Reaction.Proceed));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingBooking);
        await host.Client.TerminateInstanceAsync(id);

        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.InterviewCancelled, EmailKind.OwnerBookNow, EmailKind.AskAvailability], host.Emails.Kinds);
        Assert.Null(host.Emails.Sent[0].Order.Details.InvitationSequence);
        Assert.Equal(1, host.Emails.Sent[1].Order.Details.InvitationSequence);
    }
}
