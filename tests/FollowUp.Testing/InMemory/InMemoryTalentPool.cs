using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local talent pool for tests.</summary>
public sealed class InMemoryTalentPool : ITalentPool
{
    private readonly ConcurrentDictionary<string, TalentPoolEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _optOuts = new(StringComparer.OrdinalIgnoreCase);

    public Task UpsertAsync(TalentPoolEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.AddOrUpdate(
            entry.CandidateEmail,
            entry,
            (_, existing) => entry with
            {
                Tags = existing.Tags.Union(entry.Tags, StringComparer.Ordinal).ToArray(),
                RecontactAt = Later(existing.RecontactAt, entry.RecontactAt),
                AddedAt = existing.AddedAt,
                OwnerName = entry.OwnerName ?? existing.OwnerName,
                OwnerEmail = entry.OwnerEmail ?? existing.OwnerEmail,
                OwnerLocale = entry.OwnerLocale ?? existing.OwnerLocale,
                Profiles = entry.OwnerEmail is null ? existing.Profiles : entry.Profiles,
            });
        return Task.CompletedTask;
    }

    public Task<TalentPoolEntry?> FindAsync(string candidateEmail, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault(candidateEmail));

    public Task MarkOptedOutAsync(string candidateEmail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _optOuts.TryAdd(candidateEmail, at);
        return Task.CompletedTask;
    }

    public Task<bool> IsOptedOutAsync(string candidateEmail, CancellationToken cancellationToken) =>
        Task.FromResult(_optOuts.ContainsKey(candidateEmail));

    public Task DeleteAsync(string candidateEmail, CancellationToken cancellationToken)
    {
        _entries.TryRemove(candidateEmail, out _);
        _optOuts.TryRemove(candidateEmail, out _);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<PooledCandidate> ReadAllAsync(TalentPoolQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var entry in _entries.Values.ToList())
        {
            await Task.Yield();
            var pooled = new PooledCandidate(CandidateKeys.Of(entry.CandidateEmail), entry, _optOuts.ContainsKey(entry.CandidateEmail));
            if (query.Matches(pooled))
            {
                yield return pooled;
            }
        }
    }

    public Task<PooledCandidate?> SnoozeAsync(string id, DateTimeOffset until, CancellationToken cancellationToken)
    {
        foreach (var (email, entry) in _entries)
        {
            if (CandidateKeys.Of(email) == id)
            {
                var snoozed = entry with { RecontactAt = until };
                _entries[email] = snoozed;
                return Task.FromResult<PooledCandidate?>(new PooledCandidate(id, snoozed, _optOuts.ContainsKey(email)));
            }
        }

        return Task.FromResult<PooledCandidate?>(null);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}
