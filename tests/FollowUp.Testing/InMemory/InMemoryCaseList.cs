using System.Globalization;
using System.Runtime.CompilerServices;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local case list for tests: the same order (newest interview first) and paging as the table.</summary>
public sealed class InMemoryCaseList : ICaseList
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, CaseSummary> _rows = new(StringComparer.Ordinal);

    public Task ChangeAsync(string interviewId, DateTimeOffset interviewedAt, Func<CaseSummary?, CaseSummary?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = Key(interviewId, interviewedAt);
        lock (_gate)
        {
            if (change(_rows.GetValueOrDefault(key)) is { } changed)
            {
                _rows[key] = changed;
            }
        }

        return Task.CompletedTask;
    }

    public Task<CaseSummary?> FindAsync(string interviewId, DateTimeOffset interviewedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.GetValueOrDefault(Key(interviewId, interviewedAt)));
        }
    }

    public Task<ListPage<CaseSummary>> ListAsync(CaseQuery query, string? position, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var matching = _rows
                .Where(r => position is null || string.CompareOrdinal(r.Key, position) > 0)
                .Where(r => query.Matches(r.Value))
                .Take(pageSize + 1)
                .ToList();
            var page = matching.Take(pageSize).ToList();
            var next = matching.Count > pageSize ? page[^1].Key : null;
            return Task.FromResult(new ListPage<CaseSummary>(page.Select(r => r.Value).ToList(), next));
        }
    }

    public async IAsyncEnumerable<CaseSummary> ReadAllAsync(CaseQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<CaseSummary> rows;
        lock (_gate)
        {
            rows = _rows.Values.Where(query.Matches).ToList();
        }

        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    public Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in _rows.Where(r => r.Value.InterviewId == interviewId).Select(r => r.Key).ToList())
            {
                _rows.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private static string Key(string interviewId, DateTimeOffset interviewedAt) =>
        (DateTimeOffset.MaxValue.UtcTicks - interviewedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + interviewId;
}
