using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;

namespace FollowUp.Orchestrations.Cases;

/// <summary>
/// One interview as the team's case list shows it, kept up to date by the activities as they work, so
/// the list is one table query instead of a read of every orchestration. It never holds the candidate's
/// address: a list is read by more people, more often, than one case.
/// </summary>
public sealed record CaseSummary
{
    public required string InterviewId { get; init; }

    public required string CandidateName { get; init; }

    public required string OwnerName { get; init; }

    public required string OwnerEmail { get; init; }

    public required DateTimeOffset InterviewedAt { get; init; }

    /// <summary>When FollowUp first saw the case: the start of the report → first email measure.</summary>
    public required DateTimeOffset ReportedAt { get; init; }

    public required Reaction Reaction { get; init; }

    public required FollowUpStage Stage { get; init; }

    /// <summary>What FollowUp will do next, as planned when the last email went out (the case view has the orchestration's own).</summary>
    public PlannedAction? NextAction { get; init; }

    public DateTimeOffset? NextActionAt { get; init; }

    public DateTimeOffset? FirstEmailAt { get; init; }

    public DateTimeOffset? FirstReplyAt { get; init; }

    public DateTimeOffset? LastReplyAt { get; init; }

    public int Replies { get; init; }

    public int CandidateEmails { get; init; }

    public int Escalations { get; init; }

    public bool OptedOut { get; init; }

    /// <summary>A delivery failed or a step is stuck; cleared when a later candidate email goes out.</summary>
    public bool NeedsAttention { get; init; }

    /// <summary>Answers of ours, before the interview, that came three or more days after the candidate wrote.</summary>
    public int SlowCompanyAnswers { get; init; }

    /// <summary>The highest email sequence already counted: a retried activity counts its email once.</summary>
    public int CountedThrough { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
