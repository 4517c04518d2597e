using FollowUp.Orchestrations.Cases;

namespace FollowUp.Orchestrations.Storage;

/// <summary>The case list: one row per interview, newest interview first, pageable in one query.</summary>
public interface ICaseList
{
    /// <summary>
    /// Reads the interview's row (null when there is none yet), applies <paramref name="change"/> and
    /// writes the result unless it is null or unchanged; re-applied when another writer got in between.
    /// </summary>
    Task ChangeAsync(string interviewId, DateTimeOffset interviewedAt, Func<CaseSummary?, CaseSummary?> change, CancellationToken cancellationToken);

    Task<CaseSummary?> FindAsync(string interviewId, DateTimeOffset interviewedAt, CancellationToken cancellationToken);

    /// <summary>One page; <paramref name="position"/> is where the previous page stopped (unwrapped), null for the first.</summary>
    Task<ListPage<CaseSummary>> ListAsync(CaseQuery query, string? position, int pageSize, CancellationToken cancellationToken);

    /// <summary>Every row matching <paramref name="query"/>, newest first (the figures read them all).</summary>
    IAsyncEnumerable<CaseSummary> ReadAllAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>Removes the interview's row (erasure); safe to repeat.</summary>
    Task DeleteAsync(string interviewId, CancellationToken cancellationToken);
}
