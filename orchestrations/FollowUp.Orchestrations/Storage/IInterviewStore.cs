using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Storage;

/// <summary>The reports as received, one row per interview; an upsert, so recording twice is harmless.</summary>
public interface IInterviewStore
{
    Task UpsertAsync(InterviewReport report, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    Task<InterviewReport?> FindAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>Every interview recorded for the address, compared case-insensitively: what an erasure must reach.</summary>
    Task<IReadOnlyList<string>> ListIdsByCandidateAsync(string candidateEmail, CancellationToken cancellationToken);

    /// <summary>The interview whose report carries <paramref name="caseNonce"/> (<see cref="InterviewReport.CaseNonce"/>), if one was recorded.</summary>
    Task<string?> FindIdByCaseNonceAsync(string caseNonce, CancellationToken cancellationToken);

    /// <summary>Removes the report (and what finds it by its case nonce); deleting one that is not there is not an error, so an erasure can be retried.</summary>
    Task DeleteAsync(string interviewId, CancellationToken cancellationToken);
}
