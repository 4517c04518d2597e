using FollowUp.Orchestrations.Emails;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>What ended a wait: the deadline, or one of the interview's external events.</summary>
internal abstract record InboxSignal
{
    public sealed record DeadlineReached : InboxSignal;

    public sealed record Replied(CandidateReply Reply) : InboxSignal;

    public sealed record ReactionChanged(ReactionChange Change) : InboxSignal;

    public sealed record OptedOut(OptOutNotice Notice) : InboxSignal;

    /// <summary>Someone asked a stuck step to be tried again (<see cref="FollowUpEvents.RetryRequested"/>).</summary>
    public sealed record RetryRequested(RetryRequest Request) : InboxSignal;

    /// <summary>The owner kept the booked date (<see cref="FollowUpEvents.DateConfirmed"/>).</summary>
    public sealed record DateConfirmed(DateConfirmation Confirmation) : InboxSignal;

    /// <summary>This execution has waited as long as it may; the wait goes on in the next one.</summary>
    public sealed record ExecutionLimitReached(PlannedAction Waiting, DateTimeOffset Until) : InboxSignal;

    public static InboxSignal Deadline { get; } = new DeadlineReached();
}
