using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

/// <summary>
/// No execution waits longer than MaxWaitPerExecution: a longer wait continues as new with its state,
/// so a history never grows with the length of a wait. Version-1 cases keep waiting in one piece.
/// </summary>
public sealed class BoundedHistoryTests
{
    private static readonly FollowUpPolicy ShortExecutions = Reports.FastPolicy with
    {
        MaxWaitPerExecution = IsoDuration.Parse("PT1S"),
        NurtureAfter = IsoDuration.Parse("PT6S"),
    };

    private static async Task<FollowUpInput> WaitForResumeAsync(PlaybookHost host, string id)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await host.InputAsync(id) is { Resume: not null } input)
            {
                return input;
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    [Fact]
    public async Task A_wait_longer_than_one_execution_goes_on_in_the_next_and_its_end_comes_once_on_time()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions);
        var nurturing = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        var resumed = await WaitForResumeAsync(host, id);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(PlannedAction.SendNurtureCheckIn, resumed.Resume!.Waiting);
        Assert.Equal(nurturing.NextActionAt, resumed.Resume.Until);
        Assert.Equal(1, resumed.CarryOver.EmailSequence);
        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.NurtureCheckIn, EmailKind.OwnerNurtureReachOut], host.Emails.Kinds);
        Assert.True(host.Emails.Sent[1].At >= report.InterviewedAt.AddSeconds(6));
        Assert.Equal(FollowUpStage.CheckInSent, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task The_status_shows_the_same_next_action_and_time_in_every_execution_of_a_wait()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions with { NurtureAfter = IsoDuration.Parse("PT20S") });
        var first = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        await WaitForResumeAsync(host, id);
        await Task.Delay(1500);
        var later = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        Assert.Equal(first.NextAction, later.NextAction);
        Assert.Equal(first.NextActionAt, later.NextActionAt);
        Assert.Equal(first.CandidateEmails, later.CandidateEmails);
        await host.Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task Version_2_a_reply_in_a_later_execution_of_the_wait_reaches_the_owner_once_and_ends_the_wait()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions with { NurtureAfter = IsoDuration.Parse("PT30S") }, version: 2);
        await WaitForResumeAsync(host, id);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("<late@example.com>", DateTimeOffset.UtcNow, "Re", "まだ迷っています"));
        var replied = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Replied);
        await host.Client.TerminateInstanceAsync(id);

        Assert.NotNull(replied.LastReplyAt);
        Assert.Single(host.Emails.Sent, s => s.Order.Kind == EmailKind.OwnerReplyReceived);
        Assert.DoesNotContain(host.Emails.Sent, s => s.Order.Kind == EmailKind.NurtureCheckIn);
    }

    [Fact]
    public async Task A_reply_in_a_later_execution_of_the_nurture_wait_reaches_the_owner_once_and_the_check_in_still_goes_out()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions with { NurtureAfter = IsoDuration.Parse("PT8S") });
        await WaitForResumeAsync(host, id);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("<late@example.com>", DateTimeOffset.UtcNow, "Re", "まだ迷っています"));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.OwnerReplyReceived, EmailKind.NurtureCheckIn, EmailKind.OwnerNurtureReachOut], host.Emails.Kinds);
        Assert.True(host.Emails.Sent[2].Order.Details.RepliedBefore);
        Assert.Equal(FollowUpStage.CheckInSent, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task A_held_reminder_goes_on_across_executions_until_a_date_confirmation_releases_it()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(TimeSpan.FromSeconds(14)) };
        var id = await host.StartFollowUpAsync(report, ShortExecutions);
        await host.WaitForStatusAsync(id, s => s.NextAction == PlannedAction.SendInterviewReminder);
        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("<move@example.com>", DateTimeOffset.UtcNow, "Re", "別の日にしていただけますか。"));
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.ReminderHeld);

        var resumed = await WaitForResumeAsync(host, id);
        while (resumed.Resume!.Waiting != PlannedAction.ConfirmInterviewDate)
        {
            await Task.Delay(100);
            resumed = await WaitForResumeAsync(host, id);
        }

        await host.RaiseAsync(id, FollowUpEvents.DateConfirmed, new DateConfirmation(DateTimeOffset.UtcNow));
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(report.NextInterview!.StartsAt, resumed.Resume.Until);
        Assert.Equal(report.NextInterview, resumed.CarryOver.InvitedTo);
        Assert.Equal(0, resumed.CarryOver.LastInvitationSequence);
        Assert.Equal([EmailKind.ProceedConfirmation, EmailKind.OwnerReplyReceived, EmailKind.InterviewReminder], host.Emails.Kinds);
        Assert.Equal(FollowUpStage.InterviewScheduled, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task A_reaction_change_in_a_later_execution_of_the_wait_starts_the_new_branch()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions with { NurtureAfter = IsoDuration.Parse("PT30S") });
        await WaitForResumeAsync(host, id);

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, new ReactionChange { Reaction = Reaction.Declined, ReportedAt = DateTimeOffset.UtcNow });
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal(FollowUpStage.Declined, done.ReadOutputAs<FollowUpStatus>()!.Stage);
        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.DeclinedThanks, EmailKind.OwnerRetrospective, EmailKind.OwnerSnsConnect], host.Emails.Kinds);
    }

    [Fact]
    public async Task An_opt_out_before_a_later_execution_still_silences_the_candidate_email_at_the_end_of_the_wait()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        await host.RaiseAsync(id, FollowUpEvents.OptedOut, new OptOutNotice(DateTimeOffset.UtcNow));
        var done = await host.WaitForCompletionAsync(id);

        Assert.True(done.ReadOutputAs<FollowUpStatus>()!.OptedOut);
        Assert.Equal([EmailKind.UndecidedThanks, EmailKind.OwnerNurtureReachOut], host.Emails.Kinds);
    }

    [Fact]
    public async Task A_version_one_case_waits_in_one_piece_as_its_history_was_written()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions with { NurtureAfter = IsoDuration.Parse("PT4S") }, version: 1);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        await Task.Delay(2500);
        var waiting = await host.InputAsync(id);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Null(waiting!.Resume);
        Assert.Equal(1, waiting.Version);
        Assert.Equal(FollowUpStage.CheckInSent, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Fact]
    public async Task A_version_one_case_moves_to_the_current_version_when_its_reaction_changes()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow };
        var id = await host.StartFollowUpAsync(report, ShortExecutions with { NurtureAfter = IsoDuration.Parse("PT30S") }, version: 1);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Nurturing);

        await host.RaiseAsync(id, FollowUpEvents.ReactionChanged, new ReactionChange { Reaction = Reaction.Proceed, ReportedAt = DateTimeOffset.UtcNow });
        var booking = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingBooking);
        await host.Client.TerminateInstanceAsync(id);

        Assert.Equal(FollowUpInput.CurrentVersion, booking.Version);
    }

    [Fact]
    public async Task A_version_one_case_forwards_even_a_clear_reply_and_keeps_its_branch()
    {
        await using var host = await PlaybookHost.StartAsync();
        var report = Reports.Report(Reaction.Considering);
        var id = await host.StartFollowUpAsync(report, Reports.FastPolicy with { ReplyWindow = IsoDuration.Parse("PT30S"), KeepOpenFor = IsoDuration.Parse("PT30S") }, version: 1);
        await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.AwaitingReply);
        var reading = new FollowUp.Orchestrations.Replies.ReplyReading(FollowUp.Orchestrations.Replies.ReplyIntent.Decline, 0.95, ["辞退"]);

        await host.RaiseAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply("<v1@example.com>", DateTimeOffset.UtcNow, "Re", "辞退させていただきます。", reading));
        var replied = await host.WaitForStatusAsync(id, s => s.Stage == FollowUpStage.Replied);
        await host.Client.TerminateInstanceAsync(id);

        Assert.Equal(Reaction.Considering, replied.Reaction);
        Assert.Single(host.Emails.Sent, s => s.Order.Kind == EmailKind.OwnerReplyReceived);
        Assert.DoesNotContain(host.Emails.Sent, s => s.Order.Kind == EmailKind.DeclinedThanks);
    }
}
