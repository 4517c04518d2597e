using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Recontact;

/// <summary>
/// One owner's re-contact digest for one day: the pool entries whose re-contact date has come.
/// <see cref="Key"/> names the owner and the day, so the email's message key (and with it every
/// transport's idempotency) makes a second send of the same digest a no-op.
/// </summary>
/// <param name="TimeZone">The zone the day and the dates are read in (the policy's default time zone).</param>
public sealed record RecontactDigest(string Key, string OwnerName, string OwnerEmail, string OwnerLocale, DateOnly Day, string TimeZone, IReadOnlyList<PooledCandidate> Due)
{
    /// <summary>Deterministic per owner and day: <c>digest/2026-11-30/&lt;hash of the owner's address&gt;</c>.</summary>
    public static string KeyFor(string ownerEmail, DateOnly day) =>
        $"digest/{day:yyyy-MM-dd}/{CandidateKeys.Of(ownerEmail)[..24]}";
}
