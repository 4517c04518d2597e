using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Storage;

/// <summary>The reports as received, one row per interview; an upsert, so recording twice is harmless.</summary>
public interface IInterviewStore
{
    Task UpsertAsync(InterviewReport report, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    Task<InterviewReport?> FindAsync(string interviewId, CancellationToken cancellationToken);
}
