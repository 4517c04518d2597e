using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;

namespace FollowUp.Orchestrations.Cases;

/// <summary>The case list's filters; null means "any". <see cref="From"/> and <see cref="To"/> bound the interview time.</summary>
/// <param name="OverdueAt">Only cases whose next action was due before this instant.</param>
public sealed record CaseQuery(
    FollowUpStage? Stage = null,
    Reaction? Reaction = null,
    string? OwnerEmail = null,
    bool? NeedsAttention = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    DateTimeOffset? OverdueAt = null)
{
    public bool Matches(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return (Stage is null || summary.Stage == Stage)
            && (Reaction is null || summary.Reaction == Reaction)
            && (OwnerEmail is null || string.Equals(summary.OwnerEmail, OwnerEmail, StringComparison.OrdinalIgnoreCase))
            && (NeedsAttention is null || summary.NeedsAttention == NeedsAttention)
            && (From is null || summary.InterviewedAt >= From)
            && (To is null || summary.InterviewedAt < To)
            && (OverdueAt is null || summary.NextActionAt < OverdueAt);
    }
}

/// <summary>One page of a list, newest first; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? Continuation);
