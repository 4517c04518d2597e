namespace FollowUp.Orchestrations.Retrospectives;

/// <summary>
/// The owner's checklist after a candidate declined. The four questions themselves are wording and
/// live in the template; this record carries the one we can answer from data: the late replies.
/// </summary>
public sealed record Retrospective
{
    public required string InterviewId { get; init; }

    /// <summary>False when no contact timeline was reported, so lateness could not be checked.</summary>
    public required bool TimelineKnown { get; init; }

    /// <summary>Each time the company answered a candidate message more than <see cref="RetrospectiveRules.LateAfter"/> later, or not before the interview.</summary>
    public IReadOnlyList<LateReply> LateReplies { get; init; } = [];
}

public sealed record LateReply(DateTimeOffset CandidateWroteAt, DateTimeOffset CompanyRepliedAt, string Channel)
{
    /// <summary>No company message answered it; <see cref="CompanyRepliedAt"/> is then the interview, the next time we spoke.</summary>
    public bool Unanswered { get; init; }

    public TimeSpan Delay => CompanyRepliedAt - CandidateWroteAt;
}
