using FollowUp.Orchestrations.Interviews;

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

    /// <summary>Who owns the source interview: the digest goes to them. Filled in by the activity from the report.</summary>
    public string? OwnerName { get; init; }

    public string? OwnerEmail { get; init; }

    /// <summary>The owner's language for the digest (<c>ja</c> or <c>en</c>).</summary>
    public string? OwnerLocale { get; init; }

    public IReadOnlyList<SocialProfile> Profiles { get; init; } = [];
}

/// <summary>A pool entry as the team reads it: with its id (for snooze links) and whether the candidate opted out.</summary>
public sealed record PooledCandidate(string Id, TalentPoolEntry Entry, bool OptedOut);

/// <summary>The talent pool's filters; null means "any". <see cref="Text"/> is a part of the name, any case.</summary>
public sealed record TalentPoolQuery(string? Tag = null, DateTimeOffset? RecontactBefore = null, string? Text = null)
{
    public bool Matches(PooledCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var entry = candidate.Entry;
        return (Tag is null || entry.Tags.Contains(Tag, StringComparer.Ordinal))
            && (RecontactBefore is null || entry.RecontactAt < RecontactBefore)
            && (Text is null || entry.CandidateName.Contains(Text, StringComparison.OrdinalIgnoreCase));
    }
}
