using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Recontact;

/// <summary>
/// Once a day per owner: the talent-pool entries whose re-contact date has come, in one email. Both
/// hosts call <see cref="RunAsync"/> on a timer; the digest log and the message key make the day's
/// digest go out once however many times and from however many instances it runs.
/// </summary>
public sealed partial class RecontactDigests(
    ITalentPool talentPool,
    IInterviewStore interviews,
    IDigestLog log,
    IRecontactDigestMailer mailer,
    FollowUpPolicy policy,
    IOptions<RecontactOptions> options,
    TimeProvider clock,
    ILogger<RecontactDigests> logger)
{
    private readonly ILogger _logger = logger;

    /// <returns>How many digests this run sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var zone = ZonedTime.FindZone(policy.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        var local = ZonedTime.ToLocal(now, zone);
        if (!settings.Enabled || local.TimeOfDay < settings.SendFrom)
        {
            return 0;
        }

        var day = DateOnly.FromDateTime(local);
        var sent = 0;
        foreach (var digest in await CollectAsync(day, zone, now, cancellationToken).ConfigureAwait(false))
        {
            switch (await log.ClaimAsync(digest.Key, now, settings.ClaimLease, cancellationToken).ConfigureAwait(false))
            {
                case DigestClaim.Claimed:
                    await mailer.SendAsync(digest, cancellationToken).ConfigureAwait(false);
                    await log.MarkSentAsync(digest.Key, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    LogSent(digest.Day, digest.Due.Count);
                    sent++;
                    break;
                case DigestClaim.AlreadySent:
                case DigestClaim.HeldByAnother:
                    break;
            }
        }

        return sent;
    }

    private async Task<IReadOnlyList<RecontactDigest>> CollectAsync(DateOnly day, TimeZoneInfo zone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<(OwnerInfo Owner, PooledCandidate Candidate)>();
        await foreach (var candidate in talentPool.ReadAllAsync(new TalentPoolQuery(RecontactBefore: now), cancellationToken).ConfigureAwait(false))
        {
            if (candidate.OptedOut)
            {
                continue;
            }

            // Entries pooled before owners were kept with them: the source interview's report names the owner.
            var owner = candidate.Entry.OwnerEmail is { } email
                ? new OwnerInfo { Name = candidate.Entry.OwnerName ?? email, Email = email, Locale = candidate.Entry.OwnerLocale ?? Locales.Japanese }
                : (await interviews.FindAsync(candidate.Entry.SourceInterviewId, cancellationToken).ConfigureAwait(false))?.Owner;
            if (owner is null)
            {
                LogNoOwner(candidate.Id[..12]);
                continue;
            }

            due.Add((owner, candidate));
        }

        return due
            .GroupBy(d => d.Owner.Email.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g =>
            {
                var owner = g.First().Owner;
                var entries = g.Select(d => d.Candidate).OrderBy(c => c.Entry.RecontactAt).ToList();
                return new RecontactDigest(RecontactDigest.KeyFor(owner.Email, day), owner.Name, owner.Email, owner.Locale, day, zone.Id, entries);
            })
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-contact digest for {Day} sent with {Count} candidates")]
    private partial void LogSent(DateOnly day, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pool entry {EntryId}… is due but has no owner (its report is gone); left out of the digests")]
    private partial void LogNoOwner(string entryId);
}
