namespace FollowUp.Orchestrations.Storage;

/// <summary>The talent pool and the candidate's opt-out, which holds across all their interviews.</summary>
public interface ITalentPool
{
    /// <summary>Adds or refreshes the entry; tags accumulate, the latest re-contact date wins.</summary>
    Task UpsertAsync(TalentPoolEntry entry, CancellationToken cancellationToken);

    Task<TalentPoolEntry?> FindAsync(string candidateEmail, CancellationToken cancellationToken);

    Task MarkOptedOutAsync(string candidateEmail, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> IsOptedOutAsync(string candidateEmail, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the candidate: the pool entry and the opt-out go together, since both hold the address.
    /// Safe to repeat.
    /// </summary>
    Task DeleteAsync(string candidateEmail, CancellationToken cancellationToken);

    /// <summary>Every pool entry matching <paramref name="query"/>, in no particular order (the pool is read whole: it stays small).</summary>
    IAsyncEnumerable<PooledCandidate> ReadAllAsync(TalentPoolQuery query, CancellationToken cancellationToken);

    /// <summary>Sets the entry's re-contact date to <paramref name="until"/>; null when there is no entry under <paramref name="id"/>.</summary>
    Task<PooledCandidate?> SnoozeAsync(string id, DateTimeOffset until, CancellationToken cancellationToken);
}
