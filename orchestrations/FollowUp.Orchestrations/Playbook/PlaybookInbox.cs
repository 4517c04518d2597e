using FollowUp.Orchestrations.Emails;
using Microsoft.DurableTask;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// The interview's external events, each with exactly one pending wait for the life of the
/// orchestration. A wait is renewed only after its event has been taken, never after a cancelled
/// wait: reusing an event name after a cancelled wait has lost events in the isolated worker
/// (durabletask-dotnet #508), and a reply must never be lost.
/// </summary>
internal sealed class PlaybookInbox
{
    private readonly TaskOrchestrationContext _context;
    private Task<CandidateReply> _reply;
    private Task<ReactionChange> _reaction;
    private Task<OptOutNotice>? _optOut;

    // Created on the first stuck step only, and renewed only after a request was taken: version-1
    // cases never wait for it, and no wait on the name is ever cancelled.
    private Task<RetryRequest>? _retry;

    // Created when a reminder is first held (version 3) and renewed only after a confirmation was taken.
    private Task<DateConfirmation>? _dateConfirmed;
    private DateConfirmation? _carriedDateConfirmation;
    private CandidateReply? _carriedReply;
    private ReactionChange? _carriedReaction;
    private OptOutNotice? _carriedOptOut;

    public PlaybookInbox(TaskOrchestrationContext context, CarriedEvents? carried = null)
    {
        _context = context;
        _carriedReply = carried?.Reply;
        _carriedReaction = carried?.Reaction;
        _carriedOptOut = carried?.OptOut;
        _carriedDateConfirmation = carried?.DateConfirmed;
        _reply = context.WaitForExternalEvent<CandidateReply>(FollowUpEvents.CandidateReplied);
        _reaction = context.WaitForExternalEvent<ReactionChange>(FollowUpEvents.ReactionChanged);
        _optOut = context.WaitForExternalEvent<OptOutNotice>(FollowUpEvents.OptedOut);
    }

    /// <summary>
    /// The first signal at or before <paramref name="deadline"/>. Events already received win over a
    /// deadline that fired at the same moment, so a reply that raced the timer still counts as a reply.
    /// </summary>
    public async Task<InboxSignal> NextAsync(DateTimeOffset deadline, bool listenForReplies = true, bool listenForDateConfirmation = false)
    {
        if (listenForDateConfirmation)
        {
            _dateConfirmed ??= _context.WaitForExternalEvent<DateConfirmation>(FollowUpEvents.DateConfirmed);
        }

        if (TryTake(listenForReplies, listenForDateConfirmation) is { } arrived)
        {
            return arrived;
        }

        if (deadline <= Now)
        {
            return InboxSignal.Deadline;
        }

        using var cancelTimer = new CancellationTokenSource();
        var timer = _context.CreateTimer(deadline.UtcDateTime, cancelTimer.Token);
        await Task.WhenAny(Pending(timer, listenForReplies, listenForDateConfirmation));
        if (TryTake(listenForReplies, listenForDateConfirmation) is { } signal)
        {
            // An instance cannot complete while a timer it created is still pending (durabletask-dotnet #713).
            if (!timer.IsCompleted)
            {
                cancelTimer.Cancel();
            }

            return signal;
        }

        return InboxSignal.Deadline;
    }

    /// <summary>
    /// Waits, with no timer, for a retry request or a reaction change; an opt-out that comes meanwhile
    /// is returned too. Replies stay in the inbox for the wait after the step. Without a timer nothing
    /// is written to the history while the case waits, however long that is.
    /// </summary>
    public async Task<InboxSignal> NextRetryAsync()
    {
        _retry ??= _context.WaitForExternalEvent<RetryRequest>(FollowUpEvents.RetryRequested);
        while (true)
        {
            if (TryTake(listenForReplies: false) is { } arrived)
            {
                return arrived;
            }

            if (_retry.IsCompleted)
            {
                var request = _retry.Result;
                _retry = null;
                return new InboxSignal.RetryRequested(request);
            }

            await Task.WhenAny(Pending(_retry, listenForReplies: false));
        }
    }

    /// <summary>Takes the opt-out if it has arrived; it comes once and is not waited for again.</summary>
    public InboxSignal? TryTakeOptOut()
    {
        if (_carriedOptOut is { } carried)
        {
            _carriedOptOut = null;
            return new InboxSignal.OptedOut(carried);
        }

        if (_optOut is not { IsCompleted: true } optOut)
        {
            return null;
        }

        _optOut = null;
        return new InboxSignal.OptedOut(optOut.Result);
    }

    /// <summary>Takes an event that has already arrived, without waiting; opt-out first, then reaction, then a date confirmation, then reply.</summary>
    public InboxSignal? TryTake(bool listenForReplies = true, bool listenForDateConfirmation = false)
    {
        if (TryTakeOptOut() is { } optOut)
        {
            return optOut;
        }

        if (_carriedReaction is { } carriedChange)
        {
            _carriedReaction = null;
            return new InboxSignal.ReactionChanged(carriedChange);
        }

        if (_reaction.IsCompleted)
        {
            var change = _reaction.Result;
            _reaction = _context.WaitForExternalEvent<ReactionChange>(FollowUpEvents.ReactionChanged);
            return new InboxSignal.ReactionChanged(change);
        }

        if (listenForDateConfirmation && TryTakeDateConfirmation() is { } confirmed)
        {
            return confirmed;
        }

        if (listenForReplies && _carriedReply is { } carriedReply)
        {
            _carriedReply = null;
            return new InboxSignal.Replied(carriedReply);
        }

        if (listenForReplies && _reply.IsCompleted)
        {
            var reply = _reply.Result;
            _reply = _context.WaitForExternalEvent<CandidateReply>(FollowUpEvents.CandidateReplied);
            return new InboxSignal.Replied(reply);
        }

        return null;
    }

    /// <summary>
    /// Events that have arrived but were not taken, for the next execution: a wait they completed
    /// ends with this one, and the runtime would not carry them.
    /// </summary>
    public CarriedEvents Unhandled() => new(
        _carriedReply ?? (_reply.IsCompleted ? _reply.Result : null),
        _carriedReaction ?? (_reaction.IsCompleted ? _reaction.Result : null),
        _carriedOptOut ?? (_optOut is { IsCompleted: true } optOut ? optOut.Result : null),
        _carriedDateConfirmation ?? (_dateConfirmed is { IsCompleted: true } confirmed ? confirmed.Result : null));

    private InboxSignal.DateConfirmed? TryTakeDateConfirmation()
    {
        if (_carriedDateConfirmation is { } carried)
        {
            _carriedDateConfirmation = null;
            return new InboxSignal.DateConfirmed(carried);
        }

        if (_dateConfirmed is not { IsCompleted: true } confirmed)
        {
            return null;
        }

        _dateConfirmed = null;
        return new InboxSignal.DateConfirmed(confirmed.Result);
    }

    private DateTimeOffset Now => new(_context.CurrentUtcDateTime, TimeSpan.Zero);

    private IEnumerable<Task> Pending(Task timer, bool listenForReplies, bool listenForDateConfirmation = false)
    {
        yield return timer;
        if (listenForDateConfirmation && _dateConfirmed is not null)
        {
            yield return _dateConfirmed;
        }

        if (listenForReplies)
        {
            yield return _reply;
        }

        yield return _reaction;
        if (_optOut is not null)
        {
            yield return _optOut;
        }
    }
}
