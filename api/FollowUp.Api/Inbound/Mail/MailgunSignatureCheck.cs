namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The outcome of checking a Mailgun post. <see cref="Token"/> is what the caller records to refuse a
/// replay inside the freshness window; it is unique per post (50 random characters, Mailgun says).
/// </summary>
public sealed record MailgunSignatureCheck(WebhookSignatureStatus Status, string? Token, DateTimeOffset? SignedAt)
{
    public bool IsValid => Status == WebhookSignatureStatus.Valid;
}
