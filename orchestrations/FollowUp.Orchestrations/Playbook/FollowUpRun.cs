using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// The playbook (docs/playbook.md) as a deterministic program: one execution of one interview's
/// orchestration. Time comes from the context, waits are durable timers raced against the inbox,
/// and every side effect is an activity.
/// </summary>
internal sealed partial class FollowUpRun
{
    private static readonly TaskOptions EmailRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(2),
        backoffCoefficient: 3,
        maxRetryInterval: TimeSpan.FromMinutes(5))
    {
        // A refused address or dropped message will not change on retry: tell the owner instead.
        HandleFailure = failure => !failure.IsCausedBy<EmailDeliveryException>(),
    });

    private static readonly TaskOptions StoreRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(1)));

    private const int MaxRepliesPerWait = 20;

    private readonly TaskOrchestrationContext _context;
    private readonly FollowUpPolicy _policy;
    private readonly TimeZoneInfo _zone;
    private readonly PlaybookInbox _inbox;
    private readonly ILogger _log;
    private readonly FollowUpInput _input;
    private readonly InterviewReport _report;
    private FollowUpStatus _status;
    private int _emailSequence;

    // What the owner's reply notice adds about the wait the reply came in (version 3 on); None otherwise.
    private EmailDetails _replyNotice = EmailDetails.None;

    // The candidate's calendar as our invitations left it (version 3 on).
    private NextInterview? _invitedTo;
    private int? _lastInvitationSequence;

    public FollowUpRun(TaskOrchestrationContext context, FollowUpInput input)
    {
        _context = context;
        _input = input;
        _policy = input.Policy;
        _report = input.Report;
        _zone = ZonedTime.FindZone(input.Report.Candidate.TimeZone)
            ?? ZonedTime.FindZone(input.Policy.DefaultTimeZone)
            ?? TimeZoneInfo.Utc;
        _inbox = new PlaybookInbox(context, input.Carried);
        _log = context.CreateReplaySafeLogger<FollowUpOrchestrator>();
        _emailSequence = input.CarryOver.EmailSequence;
        _invitedTo = input.CarryOver.InvitedTo;
        _lastInvitationSequence = input.CarryOver.LastInvitationSequence;
        _status = new FollowUpStatus
        {
            Stage = FollowUpStage.Received,
            Reaction = input.Report.Reaction,
            CandidateEmails = input.CarryOver.CandidateEmails,
            Escalations = input.CarryOver.Escalations,
            OptedOut = input.CarryOver.OptedOut,
            LastReplyAt = input.CarryOver.LastReplyAt,
            Version = input.Version,
        };
    }

    private DateTimeOffset Now => new(_context.CurrentUtcDateTime, TimeSpan.Zero);

    // Older versions recorded every report in the orchestration, and their histories say so.
    private bool RecordedByIntake => _input.Version >= FollowUpInput.LeanIntakeVersion && _input.RecordedByIntake;

    private bool ParallelSameDaySteps => _input.Version >= FollowUpInput.ParallelSameDayStepsVersion;

    public async Task<FollowUpStatus> RunAsync()
    {
        try
        {
            return await RunStepsAsync();
        }
        catch (StepInterruptedException interrupted)
        {
            // A new reaction came while a step was stuck: the new branch replaces the step.
            return ContinueWithNewReaction(interrupted.Change);
        }
    }

    private async Task<FollowUpStatus> RunStepsAsync()
    {
        var resume = _input.Resume;
        BranchEnd end;
        if (resume is null)
        {
            Publish(_status);
            if (!RecordedByIntake)
            {
                await StoreAsync<bool>(nameof(RecordInterview), _report);
            }

            if (_input.Version >= FollowUpInput.CalendarUpdatesVersion)
            {
                await CancelDroppedInterviewAsync();
            }

            end = _report.Reaction switch
            {
                Reaction.Proceed when _report.NextInterview is not null => await ProceedWithDateAsync(_report.NextInterview, resume: null),
                Reaction.Proceed => await ProceedWithoutDateAsync(resume: null),
                Reaction.Considering => await ConsideringAsync(resume: null),
                Reaction.Undecided => await UndecidedAsync(resume: null),
                Reaction.Declined => await DeclinedAsync(),
                _ => throw new InvalidOperationException($"Unknown reaction {_report.Reaction}."),
            };
        }
        else
        {
            // The report was recorded and the branch's same-day work done by an earlier execution.
            Publish(resume.Status with { CandidateEmails = _status.CandidateEmails, Escalations = _status.Escalations, OptedOut = _status.OptedOut, LastReplyAt = _status.LastReplyAt, Version = _status.Version });
            end = resume.Waiting switch
            {
                PlannedAction.SendInterviewReminder or PlannedAction.ConfirmInterviewDate when _report.NextInterview is not null => await ProceedWithDateAsync(_report.NextInterview, resume),
                PlannedAction.EscalateBookingAgain => await ProceedWithoutDateAsync(resume),
                PlannedAction.SendStatusCheck or PlannedAction.CloseAsNoResponse => await ConsideringAsync(resume),
                PlannedAction.SendNurtureCheckIn => await UndecidedAsync(resume),
                PlannedAction.CloseCase => BranchEnd.Settle,
                _ => throw new InvalidOperationException($"Cannot resume a wait for {resume.Waiting}."),
            };
        }

        if (end is BranchEnd.Settled)
        {
            end = await KeepOpenAsync(resume is { Waiting: PlannedAction.CloseCase } ? resume : null);
        }

        switch (end)
        {
            case BranchEnd.Changed changed:
                return ContinueWithNewReaction(changed.Change);
            case BranchEnd.Paused paused:
                return ContinueWaiting(paused);
        }

        // A reply or a new reaction that came while the last steps ran is not dropped with the case:
        // the reply reaches the owner, the reaction reopens the case on its branch.
        if (_input.Version >= FollowUpInput.RepliesMoveCasesVersion && await HandleLateEventsAsync() is { } reopened)
        {
            return ContinueWithNewReaction(reopened);
        }

        LogFinished(_report.InterviewId, _status.Stage);
        return Publish(_status with { NextAction = null, NextActionAt = null });
    }

    // proceed, booked in the meeting: confirm today, remind the day before.
    private async Task<BranchEnd> ProceedWithDateAsync(NextInterview next, PlaybookResume? resume)
    {
        DateTimeOffset reminderAt;
        if (resume is null)
        {
            if (_input.Version >= FollowUpInput.CalendarUpdatesVersion)
            {
                // The same UID with a higher SEQUENCE: a calendar moves the entry instead of adding a second one.
                var sequence = InvitationSequences.After(_lastInvitationSequence);
                await SendToCandidateAsync(EmailKind.ProceedConfirmation, new EmailDetails { InvitationSequence = sequence, Rescheduled = _invitedTo is { } before && before.StartsAt != next.StartsAt });
                (_invitedTo, _lastInvitationSequence) = (next, sequence);
            }
            else
            {
                await SendToCandidateAsync(EmailKind.ProceedConfirmation);
            }

            var reminderDue = _policy.ReminderBefore.SubtractFrom(next.StartsAt, _zone);
            reminderAt = _policy.SendWindow.NextOpening(reminderDue, _zone);
            var worthReminding = !_policy.ReminderBefore.IsZero && reminderDue > Now && reminderAt < next.StartsAt;
            if (!worthReminding)
            {
                Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = null, NextActionAt = null });
                return BranchEnd.Settle;
            }

            Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = PlannedAction.SendInterviewReminder, NextActionAt = reminderAt });
        }
        else
        {
            reminderAt = resume.Until;
        }

        if (_input.Version >= FollowUpInput.HeldReminderVersion)
        {
            return await RemindUnlessHeldAsync(next, reminderAt, resume);
        }

        // The owner gets each reply (e.g. a reschedule request) and the reminder still serves the candidate.
        var signal = await WaitPastRepliesAsync(PlannedAction.SendInterviewReminder, reminderAt, resume?.RepliesInWait ?? 0);
        switch (signal)
        {
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case PausedWait paused:
                return paused.End;
            case InboxSignal.DeadlineReached:
                await SendToCandidateAsync(EmailKind.InterviewReminder);
                break;
        }

        Publish(_status with { NextAction = null, NextActionAt = null });
        return BranchEnd.Settle;
    }

    // proceed, not booked: the owner books today; the candidate is asked when they can come.
    private async Task<BranchEnd> ProceedWithoutDateAsync(PlaybookResume? resume)
    {
        DateTimeOffset deadline;
        if (resume is null)
        {
            await NotifyOwnerAsync(EmailKind.OwnerBookNow, new EmailDetails { Round = 1 });
            await SendToCandidateAsync(EmailKind.AskAvailability, new EmailDetails { FollowsReply = _input.CarryOver.ChangedByReply });

            deadline = _policy.BookingWindow.AddTo(Now, _zone);
            Publish(_status with { Stage = FollowUpStage.AwaitingBooking, NextAction = PlannedAction.EscalateBookingAgain, NextActionAt = deadline });
        }
        else
        {
            deadline = resume.Until;
        }

        if (EndedEarly(await WaitUntilAsync(PlannedAction.EscalateBookingAgain, deadline)) is { } early)
        {
            return early;
        }

        await NotifyOwnerAsync(EmailKind.OwnerBookNow, new EmailDetails { Round = 2 });
        Publish(_status with { Stage = FollowUpStage.BookingOverdue });
        return BranchEnd.Settle;
    }

    // considering: thanks with feedback and a plain question; a status check if nobody answers.
    private async Task<BranchEnd> ConsideringAsync(PlaybookResume? resume)
    {
        DateTimeOffset closeAt;
        if (resume is not { Waiting: PlannedAction.CloseAsNoResponse })
        {
            DateTimeOffset statusCheckAt;
            if (resume is null)
            {
                var thanks = _report.Feedback?.VoiceUrl is null ? EmailKind.ConsideringThanks : EmailKind.ConsideringThanksVoice;
                await SendToCandidateAsync(thanks);

                statusCheckAt = _policy.SendWindow.NextOpening(_policy.ReplyWindow.AddTo(Now, _zone), _zone);
                Publish(_status with { Stage = FollowUpStage.AwaitingReply, NextAction = PlannedAction.SendStatusCheck, NextActionAt = statusCheckAt });
            }
            else
            {
                statusCheckAt = resume.Until;
            }

            if (EndedEarly(await WaitUntilAsync(PlannedAction.SendStatusCheck, statusCheckAt)) is { } interrupted)
            {
                return interrupted;
            }

            await SendToCandidateAsync(EmailKind.StatusCheck);
            await NotifyOwnerAsync(EmailKind.OwnerNoReply);

            closeAt = _policy.NoResponseWindow.AddTo(Now, _zone);
            Publish(_status with { Stage = FollowUpStage.StatusCheckSent, NextAction = PlannedAction.CloseAsNoResponse, NextActionAt = closeAt });
        }
        else
        {
            closeAt = resume.Until;
        }

        if (EndedEarly(await WaitUntilAsync(PlannedAction.CloseAsNoResponse, closeAt)) is { } early)
        {
            return early;
        }

        await AddToTalentPoolAsync("no-response", recontactAt: null);
        await NotifyOwnerAsync(EmailKind.OwnerNoResponseClosed);
        Publish(_status with { Stage = FollowUpStage.NoResponse });
        return BranchEnd.Finish;
    }

    // undecided: no selling; a career conversation on offer and a check-in after NurtureAfter.
    private async Task<BranchEnd> UndecidedAsync(PlaybookResume? resume)
    {
        DateTimeOffset checkInAt;
        if (resume is null)
        {
            var recontactAt = _policy.NurtureAfter.AddTo(_report.InterviewedAt, _zone);
            var thanks = SendToCandidateAsync(EmailKind.UndecidedThanks, new EmailDetails { RecontactAt = recontactAt, FollowsReply = _input.CarryOver.ChangedByReply });
            if (ParallelSameDaySteps)
            {
                await Task.WhenAll(thanks, AddToTalentPoolAsync("undecided", recontactAt));
            }
            else
            {
                await thanks;
                await AddToTalentPoolAsync("undecided", recontactAt);
            }

            checkInAt = _policy.SendWindow.NextOpening(recontactAt, _zone);
            Publish(_status with { Stage = FollowUpStage.Nurturing, NextAction = PlannedAction.SendNurtureCheckIn, NextActionAt = checkInAt });
        }
        else
        {
            checkInAt = resume.Until;
        }

        EmailDetails? checkIn = null;
        if (_input.Version >= FollowUpInput.NurtureSurvivesRepliesVersion)
        {
            // "I'll stay where I am for now" is not "don't contact me": the owner gets each reply and
            // the check-in still goes out; only an opt-out or a new reaction stops it.
            _replyNotice = new EmailDetails { CheckInAt = checkInAt };
            var signal = await WaitPastRepliesAsync(PlannedAction.SendNurtureCheckIn, checkInAt, resume?.RepliesInWait ?? 0);
            _replyNotice = EmailDetails.None;
            switch (signal)
            {
                case InboxSignal.ReactionChanged changed:
                    return new BranchEnd.Changed(changed.Change);
                case PausedWait paused:
                    return paused.End;
            }

            checkIn = new EmailDetails { RepliedBefore = _status.LastReplyAt is not null };
        }
        else if (EndedEarly(await WaitUntilAsync(PlannedAction.SendNurtureCheckIn, checkInAt)) is { } early)
        {
            return early;
        }

        await SendToCandidateAsync(EmailKind.NurtureCheckIn, checkIn);
        await NotifyOwnerAsync(EmailKind.OwnerNurtureReachOut);
        Publish(_status with { Stage = FollowUpStage.CheckInSent });
        return BranchEnd.Settle;
    }

    /// <summary>
    /// Version 3's wait for the reminder. A reply may be a reschedule request ("I can't make it"), so it
    /// holds the reminder and the owner's notice says so: the owner reports the new date (a reaction
    /// change, with an updated invitation) or keeps the date (<see cref="FollowUpEvents.DateConfirmed"/>),
    /// which releases the reminder. Held until the interview's start, there is nothing left to remind.
    /// </summary>
    private async Task<BranchEnd> RemindUnlessHeldAsync(NextInterview next, DateTimeOffset reminderAt, PlaybookResume? resume)
    {
        var held = resume is { Waiting: PlannedAction.ConfirmInterviewDate };
        var replies = resume?.RepliesInWait ?? 0;
        if (held)
        {
            // The held wait's deadline is the interview; the reminder's own time follows from the policy.
            reminderAt = _policy.SendWindow.NextOpening(_policy.ReminderBefore.SubtractFrom(next.StartsAt, _zone), _zone);
        }

        while (true)
        {
            if (!held)
            {
                _replyNotice = new EmailDetails { ReminderHeld = true };
                var signal = await WaitUntilAsync(PlannedAction.SendInterviewReminder, reminderAt);
                _replyNotice = EmailDetails.None;
                switch (signal)
                {
                    case InboxSignal.ExecutionLimitReached limit:
                        return new BranchEnd.Paused(limit.Waiting, limit.Until);
                    case InboxSignal.ReactionChanged changed:
                        return new BranchEnd.Changed(changed.Change);
                    case InboxSignal.Replied:
                        held = true;
                        replies = 1;
                        Publish(_status with { Stage = FollowUpStage.ReminderHeld, NextAction = PlannedAction.ConfirmInterviewDate, NextActionAt = next.StartsAt });
                        continue;
                }

                await SendToCandidateAsync(EmailKind.InterviewReminder);
                Publish(_status with { NextAction = null, NextActionAt = null });
                return BranchEnd.Settle;
            }

            switch (await WaitForDateConfirmationAsync(next.StartsAt, replies))
            {
                case PausedWait paused:
                    return paused.End;
                case InboxSignal.ReactionChanged changed:
                    return new BranchEnd.Changed(changed.Change);
                case InboxSignal.DateConfirmed:
                    // Confirmed after the reminder's time: remind at the next opening, if that is still before the interview.
                    reminderAt = reminderAt > Now ? reminderAt : _policy.SendWindow.NextOpening(Now, _zone);
                    if (reminderAt >= next.StartsAt)
                    {
                        Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = null, NextActionAt = null });
                        return BranchEnd.Settle;
                    }

                    LogDateConfirmed(_report.InterviewId);
                    held = false;
                    Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = PlannedAction.SendInterviewReminder, NextActionAt = reminderAt });
                    continue;
                default:
                    // The interview has begun with the reminder still held: nothing to remind of.
                    Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = null, NextActionAt = null });
                    return BranchEnd.Settle;
            }
        }
    }

    /// <summary>
    /// The held reminder's wait: replies still reach the owner (bounded as in <see cref="WaitPastRepliesAsync"/>),
    /// and it ends at a date confirmation, a new reaction, the interview's start or the execution's limit.
    /// </summary>
    private async Task<InboxSignal> WaitForDateConfirmationAsync(DateTimeOffset interviewStart, int repliesSoFar)
    {
        _replyNotice = new EmailDetails { ReminderHeld = true };
        try
        {
            for (var replies = repliesSoFar; ; replies++)
            {
                var signal = await WaitUntilAsync(PlannedAction.ConfirmInterviewDate, interviewStart, listenForReplies: replies < MaxRepliesPerWait, listenForDateConfirmation: true);
                if (signal is InboxSignal.ExecutionLimitReached limit)
                {
                    return new PausedWait(new BranchEnd.Paused(limit.Waiting, limit.Until, replies));
                }

                if (signal is not InboxSignal.Replied)
                {
                    return signal;
                }
            }
        }
        finally
        {
            _replyNotice = EmailDetails.None;
        }
    }

    /// <summary>
    /// A booked interview this generation no longer has (the case moved away from proceed, or to
    /// proceed without a date) is taken out of the candidate's calendar with a CANCEL before the new
    /// branch's first email. A new date needs no cancel: its request replaces the old one.
    /// </summary>
    private async Task CancelDroppedInterviewAsync()
    {
        if (_invitedTo is not { } dropped || _report is { Reaction: Reaction.Proceed, NextInterview: not null })
        {
            return;
        }

        var sequence = InvitationSequences.After(_lastInvitationSequence);
        await SendToCandidateAsync(EmailKind.InterviewCancelled, new EmailDetails { CancelledInterview = dropped, InvitationSequence = sequence });
        (_invitedTo, _lastInvitationSequence) = (null, sequence);
    }

    // declined: thank them, learn from it, stay connected.
    private async Task<BranchEnd> DeclinedAsync()
    {
        var thanks = SendToCandidateAsync(EmailKind.DeclinedThanks, new EmailDetails { FollowsReply = _input.CarryOver.ChangedByReply });
        if (ParallelSameDaySteps)
        {
            // The thanks, the retrospective and the pool entry need nothing of each other; the owner's
            // notices wait for all three, as they mention the retrospective and the pool.
            var written = StoreAsync<Retrospective>(nameof(WriteRetrospective), _report);
            await Task.WhenAll(thanks, written, AddToTalentPoolAsync("declined", recontactAt: null));
            await NotifyOwnerAsync(EmailKind.OwnerRetrospective, new EmailDetails { Retrospective = await written });
            await NotifyOwnerAsync(EmailKind.OwnerSnsConnect);
            Publish(_status with { Stage = FollowUpStage.Declined });
            return BranchEnd.Finish;
        }

        await thanks;
        var retrospective = await StoreAsync<Retrospective>(nameof(WriteRetrospective), _report);
        var poolFirst = _input.Version >= FollowUpInput.TruthfulOwnerNoticesVersion;
        if (poolFirst)
        {
            // The SNS reminder tells the owner the candidate is in the talent pool: so they are, first.
            await AddToTalentPoolAsync("declined", recontactAt: null);
        }

        await NotifyOwnerAsync(EmailKind.OwnerRetrospective, new EmailDetails { Retrospective = retrospective });
        await NotifyOwnerAsync(EmailKind.OwnerSnsConnect);
        if (!poolFirst)
        {
            await AddToTalentPoolAsync("declined", recontactAt: null);
        }

        Publish(_status with { Stage = FollowUpStage.Declined });
        return BranchEnd.Finish;
    }

    // The playbook has done its part; the case stays open for a new reaction or a late reply.
    private async Task<BranchEnd> KeepOpenAsync(PlaybookResume? resume)
    {
        DateTimeOffset closeAt;
        if (resume is null)
        {
            closeAt = _policy.KeepOpenFor.AddTo(Now, _zone);
            Publish(_status with { NextAction = PlannedAction.CloseCase, NextActionAt = closeAt });
        }
        else
        {
            closeAt = resume.Until;
        }

        switch (await WaitPastRepliesAsync(PlannedAction.CloseCase, closeAt, resume?.RepliesInWait ?? 0))
        {
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case PausedWait paused:
                return paused.End;
        }

        // The stage keeps the case's outcome; the completed runtime status says it is closed.
        return BranchEnd.Finish;
    }

    /// <summary>
    /// How a wait that a branch stops nudging at ends the branch: a new reaction changes it, a reply
    /// settles it, the execution limit pauses it. Null when the deadline came and the branch goes on.
    /// </summary>
    private BranchEnd? EndedEarly(InboxSignal signal)
    {
        switch (signal)
        {
            case InboxSignal.ExecutionLimitReached limit:
                return new BranchEnd.Paused(limit.Waiting, limit.Until);
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case InboxSignal.Replied:
                Publish(_status with { Stage = FollowUpStage.Replied });
                return BranchEnd.Settle;
            default:
                return null;
        }
    }

    private async Task<ReactionChange?> HandleLateEventsAsync()
    {
        while (_inbox.TryTake() is { } signal)
        {
            switch (signal)
            {
                case InboxSignal.ReactionChanged changed:
                    return changed.Change;
                case InboxSignal.OptedOut:
                    Publish(_status with { OptedOut = true });
                    break;
                case InboxSignal.Replied replied:
                    Publish(_status with { LastReplyAt = replied.Reply.ReceivedAt });
                    await NotifyOwnerAsync(EmailKind.OwnerReplyReceived, new EmailDetails { Reply = replied.Reply, ReplyOutcome = replied.Reply.Reading is null ? null : Replies.ReplyOutcome.OwnerOnly });
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The wait went on past what one execution may hold: the next execution resumes it, with the
    /// counters and email sequence carried and events not yet handled kept.
    /// </summary>
    private FollowUpStatus ContinueWaiting(BranchEnd.Paused paused)
    {
        var next = _input with
        {
            CarryOver = CarryOverNow(_input.CarryOver.ReactionChanges, _input.CarryOver.ChangedByReply),
            Resume = new PlaybookResume(paused.Waiting, paused.Until, _status, paused.RepliesInWait),
            Carried = CarriedOrNull(),
        };
        _context.ContinueAsNew(next, preserveUnprocessedEvents: true);
        return _status;
    }

    /// <summary>
    /// A new reaction starts the instance afresh on its branch, with the counters and the email
    /// sequence carried over and unread events kept, so the history stays short however long the
    /// case lives.
    /// </summary>
    private FollowUpStatus ContinueWithNewReaction(ReactionChange change)
    {
        LogReactionChanged(_report.InterviewId, _report.Reaction, change.Reaction);

        // A new execution starts a fresh history, so a case of an older version moves to the current
        // playbook here without any replay seeing the difference.
        var next = _input with
        {
            Report = change.ApplyTo(_report),
            CarryOver = CarryOverNow(_input.CarryOver.ReactionChanges + 1, change.FromReply),
            Resume = null,
            Version = FollowUpInput.CurrentVersion,
            Carried = CarriedOrNull(),
            RecordedByIntake = false,
        };
        var status = Publish(_status with { Stage = FollowUpStage.Received, Reaction = change.Reaction, NextAction = null, NextActionAt = null, NeedsAttention = null });
        _context.ContinueAsNew(next, preserveUnprocessedEvents: true);
        return status;
    }

    private CarriedEvents? CarriedOrNull() => _inbox.Unhandled() is { IsEmpty: false } carried ? carried : null;

    private FollowUpCarryOver CarryOverNow(int reactionChanges, bool changedByReply)
    {
        // Earlier versions kept no calendar state; their one invitation (SEQUENCE 0) stands if this
        // generation booked a date, so the next generation can still cancel or replace it.
        var (invitedTo, lastSequence) = _input.Version >= FollowUpInput.CalendarUpdatesVersion
            ? (_invitedTo, _lastInvitationSequence)
            : _report is { Reaction: Reaction.Proceed, NextInterview: { } booked } ? (booked, 0) : (_invitedTo, _lastInvitationSequence);
        return new(
            _emailSequence,
            _status.CandidateEmails,
            _status.Escalations,
            _status.OptedOut,
            _status.LastReplyAt,
            reactionChanges,
            changedByReply,
            invitedTo,
            lastSequence);
    }

    /// <summary>
    /// Waits until the deadline or a new reaction while the candidate's replies go to the owner as
    /// they come. Bounded: past <see cref="MaxRepliesPerWait"/> replies a person is plainly in
    /// the conversation and the wait no longer listens for more.
    /// </summary>
    private async Task<InboxSignal> WaitPastRepliesAsync(PlannedAction waiting, DateTimeOffset deadline, int repliesSoFar)
    {
        for (var replies = repliesSoFar; replies < MaxRepliesPerWait; replies++)
        {
            var signal = await WaitUntilAsync(waiting, deadline);
            if (signal is InboxSignal.ExecutionLimitReached limit)
            {
                return new PausedWait(new BranchEnd.Paused(limit.Waiting, limit.Until, replies));
            }

            if (signal is not InboxSignal.Replied)
            {
                return signal;
            }

            // A reply does not end a booked interview's or (version 3) a nurture's wait: the stage says what is still planned.
            Publish(_status with { Stage = _status.Stage is FollowUpStage.InterviewScheduled or FollowUpStage.Nurturing ? _status.Stage : FollowUpStage.Replied });
        }

        var last = await WaitUntilAsync(waiting, deadline, listenForReplies: false);
        return last is InboxSignal.ExecutionLimitReached end ? new PausedWait(new BranchEnd.Paused(end.Waiting, end.Until, MaxRepliesPerWait)) : last;
    }

    /// <summary>
    /// <see cref="WaitAsync"/>, held to <see cref="FollowUpPolicy.MaxWaitPerExecution"/> from version 2 on:
    /// a later deadline waits that long and answers <see cref="InboxSignal.ExecutionLimitReached"/>.
    /// Version 1 waits in one piece, as it did when its history was written.
    /// </summary>
    private async Task<InboxSignal> WaitUntilAsync(PlannedAction waiting, DateTimeOffset deadline, bool listenForReplies = true, bool listenForDateConfirmation = false)
    {
        if (_input.Version < FollowUpInput.BoundedHistoryVersion)
        {
            return await WaitAsync(deadline, listenForReplies);
        }

        var executionEnd = _policy.MaxWaitPerExecution.AddTo(Now, _zone);
        if (deadline <= executionEnd)
        {
            return await WaitAsync(deadline, listenForReplies, listenForDateConfirmation);
        }

        var signal = await WaitAsync(executionEnd, listenForReplies, listenForDateConfirmation);
        return signal is InboxSignal.DeadlineReached ? new InboxSignal.ExecutionLimitReached(waiting, deadline) : signal;
    }

    /// <summary>
    /// Waits for the deadline or a signal that matters to the branch. Opt-out and replies are handled
    /// here, the same in every branch: opt-out only silences candidate email; a reply goes to the owner
    /// at once and is returned so the branch stops nudging.
    /// </summary>
    private async Task<InboxSignal> WaitAsync(DateTimeOffset deadline, bool listenForReplies = true, bool listenForDateConfirmation = false)
    {
        var signal = await _inbox.NextAsync(deadline, listenForReplies, listenForDateConfirmation);
        if (signal is InboxSignal.OptedOut)
        {
            // Opt-out comes once; the wait goes on for what the branch is waiting for.
            LogOptedOut(_report.InterviewId);
            Publish(_status with { OptedOut = true });
            signal = await _inbox.NextAsync(deadline, listenForReplies, listenForDateConfirmation);
        }

        if (signal is InboxSignal.Replied replied)
        {
            // Replies raised before replies were read carry no reading: owner only, as they always were.
            // Version 1 forwarded every reply and nothing more; its cases keep that until they move on.
            var outcome = _input.Version >= FollowUpInput.RepliesMoveCasesVersion
                ? ReplyDecision.Decide(_report.Reaction, replied.Reply.Reading, _policy)
                : ReplyOutcome.OwnerOnly;
            Publish(_status with { LastReplyAt = replied.Reply.ReceivedAt });
            var notice = ReplyDecision.ReactionOf(outcome) is null ? _replyNotice : EmailDetails.None;
            await NotifyOwnerAsync(
                EmailKind.OwnerReplyReceived,
                notice with { Reply = replied.Reply, ReplyOutcome = replied.Reply.Reading is null ? null : outcome });

            // A clear answer moves the case the way a reaction reported by the owner would.
            if (ReplyDecision.ReactionOf(outcome) is { } reaction)
            {
                LogReplyMovedCase(_report.InterviewId, reaction);
                return new InboxSignal.ReactionChanged(new ReactionChange { Reaction = reaction, ReportedAt = replied.Reply.ReceivedAt, FromReply = true });
            }
        }

        return signal;
    }

    private async Task SendToCandidateAsync(EmailKind kind, EmailDetails? details = null)
    {
        // Same-day emails go out before the inbox is first read, so an opt-out that already arrived is taken here too.
        if (_inbox.TryTakeOptOut() is not null)
        {
            Publish(_status with { OptedOut = true });
        }

        if (_status.OptedOut)
        {
            LogSkippedOptedOut(_report.InterviewId, kind);
            return;
        }

        var order = NextOrder(kind, details);
        try
        {
            var outcome = await SendAsync(order);
            if (outcome.WentOut)
            {
                Publish(_status with { CandidateEmails = _status.CandidateEmails + 1 });
            }
        }
        catch (TaskFailedException failure)
        {
            LogDeliveryFailed(_report.InterviewId, kind);
            await NotifyOwnerAsync(
                EmailKind.OwnerDeliveryFailed,
                new EmailDetails { FailedKind = kind, FailureReason = failure.FailureDetails.ErrorMessage });
        }
    }

    private async Task NotifyOwnerAsync(EmailKind kind, EmailDetails? details = null)
    {
        try
        {
            await SendAsync(NextOrder(kind, details));
            if (kind.IsEscalation() || _input.Version < FollowUpInput.TruthfulOwnerNoticesVersion)
            {
                Publish(_status with { Escalations = _status.Escalations + 1 });
            }
        }
        catch (TaskFailedException)
        {
            // The owner's mailbox is ours to fix; the candidate's follow-up must go on regardless.
            LogDeliveryFailed(_report.InterviewId, kind);
        }
    }

    private async Task AddToTalentPoolAsync(string tag, DateTimeOffset? recontactAt)
    {
        var entry = new TalentPoolEntry
        {
            CandidateEmail = _report.Candidate.Email,
            CandidateName = _report.Candidate.Name,
            SourceInterviewId = _report.InterviewId,
            Tags = [tag],
            RecontactAt = recontactAt,
            AddedAt = Now,
        };
        await StoreAsync<bool>(nameof(UpdateTalentPool), entry);
    }

    private EmailOrder NextOrder(EmailKind kind, EmailDetails? details) => new()
    {
        Kind = kind,
        Sequence = ++_emailSequence,
        Report = _report,
        Details = kind.IsForCandidate()
            ? (details ?? EmailDetails.None) with { FirstToCandidate = _status.CandidateEmails == 0 }
            : details ?? EmailDetails.None,
        ReportedAt = _input.ReceivedAt,
        OrderedAt = Now,
    };

    private FollowUpStatus Publish(FollowUpStatus status)
    {
        _status = status;
        _context.SetCustomStatus(status);
        return status;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: follow-up finished at stage {Stage}")]
    private partial void LogFinished(string interviewId, FollowUpStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: reaction changed from {From} to {To}")]
    private partial void LogReactionChanged(string interviewId, Reaction from, Reaction to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the candidate's reply moves the case to {Reaction}")]
    private partial void LogReplyMovedCase(string interviewId, Reaction reaction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the owner kept the interview date; the held reminder is released")]
    private partial void LogDateConfirmed(string interviewId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: candidate opted out; owner tasks go on")]
    private partial void LogOptedOut(string interviewId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Kind} not sent, the candidate opted out")]
    private partial void LogSkippedOptedOut(string interviewId, EmailKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: {Kind} could not be delivered")]
    private partial void LogDeliveryFailed(string interviewId, EmailKind kind);

    /// <summary>A wait of <see cref="WaitPastRepliesAsync"/> that goes on in the next execution.</summary>
    private sealed record PausedWait(BranchEnd.Paused End) : InboxSignal;
}
