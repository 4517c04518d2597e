namespace FollowUp.Orchestrations.Storage;

/// <summary>A candidate we want to stay in touch with, keyed by their email address.</summary>
public sealed record TalentPoolEntry
{
    public required string CandidateEmail { get; init; }

    public required string CandidateName { get; init; }

    public required string SourceInterviewId { get; init; }

    /// <summary>Why the candidate is in the pool: <c>undecided</c>, <c>declined</c>, <c>no-response</c>…</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset? RecontactAt { get; init; }

    public required DateTimeOffset AddedAt { get; init; }
}
