using FollowUp.Orchestrations.Intake;

namespace FollowUp.Orchestrations.Operations.DateConfirmations;

/// <summary>What became of a date confirmation; the HTTP surface maps it onto its answer.</summary>
public abstract record DateConfirmationResult
{
    /// <summary>The held reminder is released.</summary>
    public sealed record Accepted(InterviewStatusView Status) : DateConfirmationResult;

    /// <summary>The case holds no reminder: no reply came, the date was already confirmed, or it has ended.</summary>
    public sealed record NoReminderHeld(string InterviewId, string RuntimeStatus) : DateConfirmationResult;

    /// <summary>No follow-up exists under this interview id.</summary>
    public sealed record NotFound(string InterviewId) : DateConfirmationResult;
}
