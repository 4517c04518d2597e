namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// One-time tokens of signed webhook posts already accepted. A provider whose signature covers only a
/// timestamp and a token (Mailgun) proves that a post is recent, not what it carries: a post captured on
/// its way could be sent again with another message inside until its timestamp goes stale, unless each
/// token is accepted once.
/// </summary>
public interface IWebhookTokenLog
{
    /// <summary>
    /// Records <paramref name="token"/> of <paramref name="source"/> until <paramref name="keepUntil"/>. True the
    /// first time, or when an earlier record has expired by <paramref name="at"/>; false while one is still kept,
    /// which the caller treats as a replay. Expired records may be forgotten at any later call.
    /// </summary>
    Task<bool> TryRecordAsync(string source, string token, DateTimeOffset at, DateTimeOffset keepUntil, CancellationToken cancellationToken);
}
