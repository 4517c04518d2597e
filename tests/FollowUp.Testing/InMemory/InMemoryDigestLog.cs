using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local digest log for tests: the same claim rules as the table.</summary>
public sealed class InMemoryDigestLog : IDigestLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset ClaimedAt, DateTimeOffset? SentAt)> _rows = new(StringComparer.Ordinal);

    public Task<DigestClaim> ClaimAsync(string key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                if (row.SentAt is not null)
                {
                    return Task.FromResult(DigestClaim.AlreadySent);
                }

                if (row.ClaimedAt + lease > now)
                {
                    return Task.FromResult(DigestClaim.HeldByAnother);
                }
            }

            _rows[key] = (now, null);
            return Task.FromResult(DigestClaim.Claimed);
        }
    }

    public Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _rows[key] = (_rows.TryGetValue(key, out var row) ? row.ClaimedAt : at, at);
        }

        return Task.CompletedTask;
    }
}
