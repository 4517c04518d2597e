namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// Which digests went out: one row per owner and day, so a restarted host or a second instance never
/// sends the same day's digest twice. A claim is taken before sending and marked sent after.
/// </summary>
public interface IDigestLog
{
    /// <summary>
    /// Takes the digest <paramref name="key"/> for this sender. A claim older than <paramref name="lease"/>
    /// that was never marked sent (its sender stopped mid-way) is taken over.
    /// </summary>
    Task<DigestClaim> ClaimAsync(string key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);
}

public enum DigestClaim
{
    /// <summary>This sender sends it.</summary>
    Claimed,

    AlreadySent,

    /// <summary>Another sender claimed it moments ago and is sending it.</summary>
    HeldByAnother,
}
