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
}
