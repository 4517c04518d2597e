using System.Globalization;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Cases;

/// <summary>The team's lists: cases and the talent pool, a page at a time, newest first; and moving a re-contact date.</summary>
public sealed class CaseListing(ICaseList cases, ITalentPool talentPool)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <param name="continuation">A token from the previous page, already checked with <see cref="ContinuationTokens.TryUnwrap"/>.</param>
    public async Task<ListPage<CaseSummary>> ListCasesAsync(CaseQuery query, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var position = Position(continuation);
        var page = await cases.ListAsync(query, position, pageSize, cancellationToken).ConfigureAwait(false);
        return page with { Continuation = ContinuationTokens.Wrap(page.Continuation) };
    }

    /// <summary>
    /// The pool newest entry first. The pool is read whole and paged here, by the last entry's place in
    /// that order, so a page boundary holds even when entries are added between pages.
    /// </summary>
    public async Task<ListPage<PooledCandidate>> ListPoolAsync(TalentPoolQuery query, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var after = Position(continuation);
        var all = new List<(string Place, PooledCandidate Candidate)>();
        await foreach (var candidate in talentPool.ReadAllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            all.Add((Place(candidate), candidate));
        }

        var rest = all
            .Where(c => after is null || string.CompareOrdinal(c.Place, after) > 0)
            .OrderBy(c => c.Place, StringComparer.Ordinal)
            .Take(pageSize + 1)
            .ToList();
        var page = rest.Take(pageSize).ToList();
        var next = rest.Count > pageSize ? ContinuationTokens.Wrap(page[^1].Place) : null;
        return new ListPage<PooledCandidate>(page.Select(c => c.Candidate).ToList(), next);
    }

    public Task<PooledCandidate?> SnoozeAsync(string id, DateTimeOffset until, CancellationToken cancellationToken) =>
        CandidateKeys.IsWellFormed(id) ? talentPool.SnoozeAsync(id, until, cancellationToken) : Task.FromResult<PooledCandidate?>(null);

    private static string? Position(string? continuation) =>
        continuation is null ? null
        : ContinuationTokens.TryUnwrap(continuation, out var position) ? position
        : throw new ArgumentException("Not a continuation token of this list; check it with ContinuationTokens.TryUnwrap first.", nameof(continuation));

    private static string Place(PooledCandidate candidate) =>
        (DateTimeOffset.MaxValue.UtcTicks - candidate.Entry.AddedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + candidate.Id;
}
