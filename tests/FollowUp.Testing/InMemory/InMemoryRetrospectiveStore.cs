using System.Collections.Concurrent;
using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local retrospectives for tests.</summary>
public sealed class InMemoryRetrospectiveStore : IRetrospectiveStore
{
    private readonly ConcurrentDictionary<string, Retrospective> _items = new(StringComparer.Ordinal);

    public Task UpsertAsync(Retrospective retrospective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(retrospective);
        _items[retrospective.InterviewId] = retrospective;
        return Task.CompletedTask;
    }

    public Task<Retrospective?> FindAsync(string interviewId, CancellationToken cancellationToken) =>
        Task.FromResult(_items.GetValueOrDefault(interviewId));

    public Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        _items.TryRemove(interviewId, out _);
        return Task.CompletedTask;
    }
}
