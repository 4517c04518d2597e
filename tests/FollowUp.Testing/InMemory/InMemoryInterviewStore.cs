using System.Collections.Concurrent;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local store for tests; Azure uses the Table Storage stores.</summary>
public sealed class InMemoryInterviewStore : IInterviewStore
{
    private readonly ConcurrentDictionary<string, InterviewReport> _reports = new(StringComparer.Ordinal);

    public Task UpsertAsync(InterviewReport report, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        _reports[report.InterviewId] = report;
        return Task.CompletedTask;
    }

    public Task<InterviewReport?> FindAsync(string interviewId, CancellationToken cancellationToken) =>
        Task.FromResult(_reports.GetValueOrDefault(interviewId));

    public Task<IReadOnlyList<string>> ListIdsByCandidateAsync(string candidateEmail, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            _reports.Values
                .Where(r => string.Equals(r.Candidate.Email, candidateEmail, StringComparison.OrdinalIgnoreCase))
                .Select(r => r.InterviewId)
                .Order(StringComparer.Ordinal)
                .ToArray());

    public Task<string?> FindIdByCaseNonceAsync(string caseNonce, CancellationToken cancellationToken) =>
        Task.FromResult(_reports.Values.FirstOrDefault(r => r.CaseNonce == caseNonce)?.InterviewId);

    public Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        _reports.TryRemove(interviewId, out _);
        return Task.CompletedTask;
    }
}
