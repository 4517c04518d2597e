using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Storage;

/// <summary>The reports as received, one row per interview; an upsert, so recording twice is harmless.</summary>
public interface IInterviewStore
{
    Task UpsertAsync(InterviewReport report, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    Task<InterviewReport?> FindAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>Every interview recorded for the address, compared case-insensitively: what an erasure must reach.</summary>
    Task<IReadOnlyList<string>> ListIdsByCandidateAsync(string candidateEmail, CancellationToken cancellationToken);

    /// <summary>Removes the report; deleting one that is not there is not an error, so an erasure can be retried.</summary>
    Task DeleteAsync(string interviewId, CancellationToken cancellationToken);
}
