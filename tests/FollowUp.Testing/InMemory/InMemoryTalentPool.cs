using System.Collections.Concurrent;
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

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}
