using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// What an erasure keeps: the request's progress (no address in it) and the suppression list of
/// erased addresses, as keyed hashes (<see cref="Privacy.AddressHasher"/>) only.
/// </summary>
public interface IErasureRecords
{
    Task SaveRequestAsync(ErasureRequest request, CancellationToken cancellationToken);

    Task<ErasureRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Adds the hash to the suppression list; adding it again keeps the first time.</summary>
    Task SuppressAsync(string addressHash, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> IsSuppressedAsync(string addressHash, CancellationToken cancellationToken);
}
