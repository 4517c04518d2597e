namespace FollowUp.Orchestrations.Intake;

/// <summary>What became of a valid report; the HTTP surface maps it onto its answer.</summary>
public abstract record IntakeResult
{
    /// <summary>New report: the follow-up has started.</summary>
    public sealed record Accepted(InterviewStatusView Status) : IntakeResult;

    /// <summary>The same report was accepted before; nothing new was started.</summary>
    public sealed record AlreadyAccepted(InterviewStatusView Status) : IntakeResult;

    /// <summary>Another report already uses this interview id.</summary>
    public sealed record Conflict(string InterviewId) : IntakeResult;
}
