namespace FollowUp.Orchestrations.Intake;

/// <summary>What became of a submitted report; each host maps it onto its HTTP answer.</summary>
public abstract record IntakeResult
{
    /// <summary>New report: the follow-up has started (202).</summary>
    public sealed record Accepted(InterviewStatusView Status) : IntakeResult;

    /// <summary>The same report was accepted before (200); nothing new was started.</summary>
    public sealed record AlreadyAccepted(InterviewStatusView Status) : IntakeResult;

    /// <summary>Another report already uses this interview id (409).</summary>
    public sealed record Conflict(string InterviewId) : IntakeResult;

    /// <summary>The report has field errors (400); nothing was stored.</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : IntakeResult;
}
