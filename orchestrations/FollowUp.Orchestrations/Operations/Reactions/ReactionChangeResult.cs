using FollowUp.Orchestrations.Intake;

namespace FollowUp.Orchestrations.Operations.Reactions;

/// <summary>What became of a new reaction for an interview; the HTTP surface maps it onto its answer.</summary>
public abstract record ReactionChangeResult
{
    /// <summary>The case took the new reaction and continues on its branch.</summary>
    public sealed record Accepted(InterviewStatusView Status) : ReactionChangeResult;

    /// <summary>
    /// The case already stands on this reaction with this content (a client retrying the same change):
    /// nothing was raised, so no email goes out twice.
    /// </summary>
    public sealed record Unchanged(InterviewStatusView Status) : ReactionChangeResult;

    /// <summary>No follow-up exists under this interview id.</summary>
    public sealed record NotFound(string InterviewId) : ReactionChangeResult;

    /// <summary>The follow-up has finished (<paramref name="RuntimeStatus"/>) and takes no new reaction.</summary>
    public sealed record Finished(string InterviewId, string RuntimeStatus) : ReactionChangeResult;

    /// <summary>A change to considering with no feedback given, now or in the report before.</summary>
    public sealed record FeedbackRequired(string InterviewId) : ReactionChangeResult;
}
