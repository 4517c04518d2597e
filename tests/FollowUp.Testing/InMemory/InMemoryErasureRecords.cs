using System.Collections.Concurrent;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local erasure requests and suppression list for tests.</summary>
public sealed class InMemoryErasureRecords : IErasureRecords
{
    private readonly ConcurrentDictionary<string, ErasureRequest> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _suppressed = new(StringComparer.Ordinal);

    public Task SaveRequestAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        _requests[request.Id] = request;
        return Task.CompletedTask;
    }

    public Task<ErasureRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken) =>
        Task.FromResult(_requests.GetValueOrDefault(requestId));

    public Task SuppressAsync(string addressHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _suppressed.TryAdd(addressHash, at);
        return Task.CompletedTask;
    }

    public Task<bool> IsSuppressedAsync(string addressHash, CancellationToken cancellationToken) =>
        Task.FromResult(_suppressed.ContainsKey(addressHash));
}
