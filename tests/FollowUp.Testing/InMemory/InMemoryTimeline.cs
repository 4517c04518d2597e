using System.Collections.Concurrent;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local timeline for tests.</summary>
public sealed class InMemoryTimeline : ITimeline
{
    private readonly ConcurrentDictionary<(string InterviewId, string Key), TimelineEntry> _entries = new();

    public Task RecordAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[(entry.InterviewId, entry.Key)] = entry;
        return Task.CompletedTask;
    }

    public Task<TimelineEntry?> FindAsync(string interviewId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault((interviewId, key)));

    public Task<IReadOnlyList<TimelineEntry>> ListAsync(string interviewId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>(
            _entries.Values.Where(e => e.InterviewId == interviewId).OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray());

    public Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        foreach (var key in _entries.Keys.Where(k => k.InterviewId == interviewId))
        {
            _entries.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
