using FollowUp.Orchestrations.Intake;

namespace FollowUp.Orchestrations.Operations.Retries;

/// <summary>What became of a retry request; the HTTP surface maps it onto its answer.</summary>
public abstract record RetryResult
{
    /// <summary>The stuck step is being tried again.</summary>
    public sealed record Accepted(InterviewStatusView Status) : RetryResult;

    /// <summary>The case is not waiting for a retry: it runs fine, is still retrying on its own, or has ended.</summary>
    public sealed record NothingToRetry(string InterviewId, string RuntimeStatus) : RetryResult;

    /// <summary>No follow-up exists under this interview id.</summary>
    public sealed record NotFound(string InterviewId) : RetryResult;
}
