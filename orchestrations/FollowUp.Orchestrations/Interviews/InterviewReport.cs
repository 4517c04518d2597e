namespace FollowUp.Orchestrations.Interviews;

/// <summary>
/// What the interviewer reports right after a casual interview. It is the orchestration's input
/// and travels unchanged through its history, so every field is plain data.
/// </summary>
public sealed record InterviewReport
{
    public required string InterviewId { get; init; }

    public required DateTimeOffset InterviewedAt { get; init; }

    public required Reaction Reaction { get; init; }

    public required CandidateInfo Candidate { get; init; }

    public required OwnerInfo Owner { get; init; }

    public NextInterview? NextInterview { get; init; }

    public InterviewFeedback? Feedback { get; init; }

    public IReadOnlyList<ContactEvent> ContactTimeline { get; init; } = [];

    /// <summary>Times offered for the candidate to book from a link (proceed without a date, considering); empty when none.</summary>
    public IReadOnlyList<InterviewSlot> Slots { get; init; } = [];

    /// <summary>
    /// Random, made at intake (hex, 10 bytes): binds reply and opt-out tokens and the emails' message
    /// keys to this case, so after an erasure a new case under the same interview id matches none of the
    /// old case's links and sends its own emails. Null for cases accepted before it existed.
    /// </summary>
    public string? CaseNonce { get; init; }
}
