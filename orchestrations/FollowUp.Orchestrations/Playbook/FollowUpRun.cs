using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;
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

    public FollowUpRun(TaskOrchestrationContext context, FollowUpInput input)
    {
        _context = context;
        _input = input;
        _policy = input.Policy;
        _report = input.Report;
        _zone = ZonedTime.FindZone(input.Report.Candidate.TimeZone)
            ?? ZonedTime.FindZone(input.Policy.DefaultTimeZone)
            ?? TimeZoneInfo.Utc;
        _inbox = new PlaybookInbox(context);
        _log = context.CreateReplaySafeLogger<FollowUpOrchestrator>();
        _emailSequence = input.CarryOver.EmailSequence;
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

    public async Task<FollowUpStatus> RunAsync()
    {
        Publish(_status);
        await _context.CallActivityAsync<bool>(nameof(RecordInterview), _report, StoreRetry);

        var end = _report.Reaction switch
        {
            Reaction.Proceed when _report.NextInterview is not null => await ProceedWithDateAsync(_report.NextInterview),
            Reaction.Proceed => await ProceedWithoutDateAsync(),
            Reaction.Considering => await ConsideringAsync(),
            Reaction.Undecided => await UndecidedAsync(),
            Reaction.Declined => await DeclinedAsync(),
            _ => throw new InvalidOperationException($"Unknown reaction {_report.Reaction}."),
        };

        if (end is BranchEnd.Settled)
        {
            end = await KeepOpenAsync();
        }

        if (end is BranchEnd.Changed changed)
        {
            return ContinueWithNewReaction(changed.Change);
        }

        LogFinished(_report.InterviewId, _status.Stage);
        return Publish(_status with { NextAction = null, NextActionAt = null });
    }

    // proceed, booked in the meeting: confirm today, remind the day before.
    private async Task<BranchEnd> ProceedWithDateAsync(NextInterview next)
    {
        await SendToCandidateAsync(EmailKind.ProceedConfirmation);

        var reminderDue = _policy.ReminderBefore.SubtractFrom(next.StartsAt, _zone);
        var reminderAt = _policy.SendWindow.NextOpening(reminderDue, _zone);
        var worthReminding = !_policy.ReminderBefore.IsZero && reminderDue > Now && reminderAt < next.StartsAt;
        if (!worthReminding)
        {
            Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = null, NextActionAt = null });
            return BranchEnd.Settle;
        }

        Publish(_status with { Stage = FollowUpStage.InterviewScheduled, NextAction = PlannedAction.SendInterviewReminder, NextActionAt = reminderAt });

        // The owner gets each reply (e.g. a reschedule request) and the reminder still serves the candidate.
        var signal = await WaitPastRepliesAsync(reminderAt);
        if (signal is InboxSignal.ReactionChanged changed)
        {
            return new BranchEnd.Changed(changed.Change);
        }

        if (signal is InboxSignal.DeadlineReached)
        {
            await SendToCandidateAsync(EmailKind.InterviewReminder);
        }

        Publish(_status with { NextAction = null, NextActionAt = null });
        return BranchEnd.Settle;
    }

    // proceed, not booked: the owner books today; the candidate is asked when they can come.
    private async Task<BranchEnd> ProceedWithoutDateAsync()
    {
        await NotifyOwnerAsync(EmailKind.OwnerBookNow, new EmailDetails { Round = 1 });
        await SendToCandidateAsync(EmailKind.AskAvailability);

        var deadline = _policy.BookingWindow.AddTo(Now, _zone);
        Publish(_status with { Stage = FollowUpStage.AwaitingBooking, NextAction = PlannedAction.EscalateBookingAgain, NextActionAt = deadline });
        switch (await WaitAsync(deadline))
        {
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case InboxSignal.Replied:
                Publish(_status with { Stage = FollowUpStage.Replied });
                return BranchEnd.Settle;
            default:
                await NotifyOwnerAsync(EmailKind.OwnerBookNow, new EmailDetails { Round = 2 });
                Publish(_status with { Stage = FollowUpStage.BookingOverdue });
                return BranchEnd.Settle;
        }
    }

    // considering: thanks with feedback and a plain question; a status check if nobody answers.
    private async Task<BranchEnd> ConsideringAsync()
    {
        var thanks = _report.Feedback?.VoiceUrl is null ? EmailKind.ConsideringThanks : EmailKind.ConsideringThanksVoice;
        await SendToCandidateAsync(thanks);

        var statusCheckAt = _policy.SendWindow.NextOpening(_policy.ReplyWindow.AddTo(Now, _zone), _zone);
        Publish(_status with { Stage = FollowUpStage.AwaitingReply, NextAction = PlannedAction.SendStatusCheck, NextActionAt = statusCheckAt });
        switch (await WaitAsync(statusCheckAt))
        {
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case InboxSignal.Replied:
                Publish(_status with { Stage = FollowUpStage.Replied });
                return BranchEnd.Settle;
        }

        await SendToCandidateAsync(EmailKind.StatusCheck);
        await NotifyOwnerAsync(EmailKind.OwnerNoReply);

        var closeAt = _policy.NoResponseWindow.AddTo(Now, _zone);
        Publish(_status with { Stage = FollowUpStage.StatusCheckSent, NextAction = PlannedAction.CloseAsNoResponse, NextActionAt = closeAt });
        switch (await WaitAsync(closeAt))
        {
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case InboxSignal.Replied:
                Publish(_status with { Stage = FollowUpStage.Replied });
                return BranchEnd.Settle;
        }

        await AddToTalentPoolAsync("no-response", recontactAt: null);
        await NotifyOwnerAsync(EmailKind.OwnerNoResponseClosed);
        Publish(_status with { Stage = FollowUpStage.NoResponse });
        return BranchEnd.Finish;
    }

    // undecided: no selling; a career conversation on offer and a check-in after NurtureAfter.
    private async Task<BranchEnd> UndecidedAsync()
    {
        var recontactAt = _policy.NurtureAfter.AddTo(_report.InterviewedAt, _zone);
        await SendToCandidateAsync(EmailKind.UndecidedThanks, new EmailDetails { RecontactAt = recontactAt });
        await AddToTalentPoolAsync("undecided", recontactAt);

        var checkInAt = _policy.SendWindow.NextOpening(recontactAt, _zone);
        Publish(_status with { Stage = FollowUpStage.Nurturing, NextAction = PlannedAction.SendNurtureCheckIn, NextActionAt = checkInAt });
        switch (await WaitAsync(checkInAt))
        {
            case InboxSignal.ReactionChanged changed:
                return new BranchEnd.Changed(changed.Change);
            case InboxSignal.Replied:
                Publish(_status with { Stage = FollowUpStage.Replied });
                return BranchEnd.Settle;
        }

        await SendToCandidateAsync(EmailKind.NurtureCheckIn);
        await NotifyOwnerAsync(EmailKind.OwnerNurtureReachOut);
        Publish(_status with { Stage = FollowUpStage.CheckInSent });
        return BranchEnd.Settle;
    }

    // declined: thank them, learn from it, stay connected.
    private async Task<BranchEnd> DeclinedAsync()
    {
        await SendToCandidateAsync(EmailKind.DeclinedThanks);
        var retrospective = await _context.CallActivityAsync<Retrospective>(nameof(WriteRetrospective), _report, StoreRetry);
        await NotifyOwnerAsync(EmailKind.OwnerRetrospective, new EmailDetails { Retrospective = retrospective });
        await NotifyOwnerAsync(EmailKind.OwnerSnsConnect);
        await AddToTalentPoolAsync("declined", recontactAt: null);
        Publish(_status with { Stage = FollowUpStage.Declined });
        return BranchEnd.Finish;
    }

    // The playbook has done its part; the case stays open for a new reaction or a late reply.
    private async Task<BranchEnd> KeepOpenAsync()
    {
        var closeAt = _policy.KeepOpenFor.AddTo(Now, _zone);
        Publish(_status with { NextAction = PlannedAction.CloseCase, NextActionAt = closeAt });
        if (await WaitPastRepliesAsync(closeAt) is InboxSignal.ReactionChanged changed)
        {
            return new BranchEnd.Changed(changed.Change);
        }

        // The stage keeps the case's outcome; the completed runtime status says it is closed.
        return BranchEnd.Finish;
    }

    /// <summary>
    /// A new reaction starts the instance afresh on its branch, with the counters and the email
    /// sequence carried over and unread events kept, so the history stays short however long the
    /// case lives.
    /// </summary>
    private FollowUpStatus ContinueWithNewReaction(ReactionChange change)
    {
        LogReactionChanged(_report.InterviewId, _report.Reaction, change.Reaction);
        var carryOver = new FollowUpCarryOver(
            _emailSequence,
            _status.CandidateEmails,
            _status.Escalations,
            _status.OptedOut,
            _status.LastReplyAt,
            _input.CarryOver.ReactionChanges + 1);
        var next = _input with { Report = change.ApplyTo(_report), CarryOver = carryOver };
        var status = Publish(_status with { Stage = FollowUpStage.Received, Reaction = change.Reaction, NextAction = null, NextActionAt = null });
        _context.ContinueAsNew(next, preserveUnprocessedEvents: true);
        return status;
    }

    /// <summary>
    /// Waits until the deadline or a new reaction while the candidate's replies go to the owner as
    /// they come. Bounded: past <see cref="MaxRepliesPerWait"/> replies a person is plainly in
    /// the conversation and the wait no longer listens for more.
    /// </summary>
    private async Task<InboxSignal> WaitPastRepliesAsync(DateTimeOffset deadline)
    {
        for (var replies = 0; replies < MaxRepliesPerWait; replies++)
        {
            var signal = await WaitAsync(deadline);
            if (signal is not InboxSignal.Replied)
            {
                return signal;
            }

            Publish(_status with { Stage = _status.Stage == FollowUpStage.InterviewScheduled ? _status.Stage : FollowUpStage.Replied });
        }

        return await WaitAsync(deadline, listenForReplies: false);
    }

    /// <summary>
    /// Waits for the deadline or a signal that matters to the branch. Opt-out and replies are handled
    /// here, the same in every branch: opt-out only silences candidate email; a reply goes to the owner
    /// at once and is returned so the branch stops nudging.
    /// </summary>
    private async Task<InboxSignal> WaitAsync(DateTimeOffset deadline, bool listenForReplies = true)
    {
        var signal = await _inbox.NextAsync(deadline, listenForReplies);
        if (signal is InboxSignal.OptedOut)
        {
            // Opt-out comes once; the wait goes on for what the branch is waiting for.
            LogOptedOut(_report.InterviewId);
            Publish(_status with { OptedOut = true });
            signal = await _inbox.NextAsync(deadline, listenForReplies);
        }

        if (signal is InboxSignal.Replied replied)
        {
            Publish(_status with { LastReplyAt = replied.Reply.ReceivedAt });
            await NotifyOwnerAsync(EmailKind.OwnerReplyReceived, new EmailDetails { Reply = replied.Reply });
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
            var outcome = await _context.CallActivityAsync<EmailOutcome>(nameof(SendEmail), order, EmailRetry);
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
            await _context.CallActivityAsync<EmailOutcome>(nameof(SendEmail), NextOrder(kind, details), EmailRetry);
            Publish(_status with { Escalations = _status.Escalations + 1 });
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
        await _context.CallActivityAsync<bool>(nameof(UpdateTalentPool), entry, StoreRetry);
    }

    private EmailOrder NextOrder(EmailKind kind, EmailDetails? details) => new()
    {
        Kind = kind,
        Sequence = ++_emailSequence,
        Report = _report,
        Details = details ?? EmailDetails.None,
        ReportedAt = _input.ReceivedAt,
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: candidate opted out; owner tasks go on")]
    private partial void LogOptedOut(string interviewId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Kind} not sent, the candidate opted out")]
    private partial void LogSkippedOptedOut(string interviewId, EmailKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: {Kind} could not be delivered")]
    private partial void LogDeliveryFailed(string interviewId, EmailKind kind);
}
