namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// External event names: the only place they are spelled. Raisers (HTTP routes, the inbound mail
/// hook) and the orchestration both use these constants.
/// </summary>
public static class FollowUpEvents
{
    /// <summary>Payload <see cref="Emails.CandidateReply"/>.</summary>
    public const string CandidateReplied = nameof(CandidateReplied);

    /// <summary>Payload <see cref="ReactionChange"/>.</summary>
    public const string ReactionChanged = nameof(ReactionChanged);

    /// <summary>Payload <see cref="OptOutNotice"/>.</summary>
    public const string OptedOut = nameof(OptedOut);

    /// <summary>Payload <see cref="RetryRequest"/>: try a stuck step again (<c>POST …/retry</c>).</summary>
    public const string RetryRequested = nameof(RetryRequested);

    /// <summary>Payload <see cref="DateConfirmation"/>: the owner keeps the booked date and releases a held reminder (<c>POST …/confirm-date</c>).</summary>
    public const string DateConfirmed = nameof(DateConfirmed);
}
