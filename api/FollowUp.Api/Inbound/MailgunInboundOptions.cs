namespace FollowUp.Api.Inbound;

/// <summary>Bound from <c>FollowUp:Inbound:Mailgun</c>.</summary>
public sealed class MailgunInboundOptions
{
    /// <summary>
    /// The account's HTTP webhook signing key (Mailgun: Sending → Webhooks → HTTP webhook signing key), the
    /// HMAC key of the <c>signature</c> field. Unset, the Mailgun route answers 404.
    /// </summary>
    public string? SigningKey { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SigningKey);
}
