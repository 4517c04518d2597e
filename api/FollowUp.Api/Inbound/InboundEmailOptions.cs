namespace FollowUp.Api.Inbound;

/// <summary>Bound from <c>FollowUp:Inbound</c>.</summary>
public sealed class InboundEmailOptions
{
    public const string SectionName = "FollowUp:Inbound";
    public const string SigningSecretKey = SectionName + ":SigningSecret";
    public const string PreviousSigningSecretsKey = SectionName + ":PreviousSigningSecrets";
    public const string MailgunSigningKeyKey = SectionName + ":" + MailgunSection + ":" + nameof(MailgunInboundOptions.SigningKey);
    public const string SendGridUsernameKey = SectionName + ":" + SendGridSection + ":" + nameof(WebhookCredentials.Username);
    public const string SendGridPasswordKey = SectionName + ":" + SendGridSection + ":" + nameof(WebhookCredentials.Password);
    public const string PostmarkUsernameKey = SectionName + ":" + PostmarkSection + ":" + nameof(WebhookCredentials.Username);
    public const string PostmarkPasswordKey = SectionName + ":" + PostmarkSection + ":" + nameof(WebhookCredentials.Password);

    /// <summary>A shorter secret is refused at start-up: anyone who guesses it can inject replies.</summary>
    public const int MinimumSecretLength = 16;

    private const string MailgunSection = nameof(Mailgun);
    private const string SendGridSection = nameof(SendGrid);
    private const string PostmarkSection = nameof(Postmark);

    /// <summary>
    /// Shared with the mail provider's webhook: the HMAC-SHA256 key (its UTF-8 bytes) of
    /// <c>X-FollowUp-Signature</c> on <c>POST /api/inbound-email</c>.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// Secrets a relay may still sign with while it moves to <see cref="SigningSecret"/>: a rotation
    /// refuses no delivery. Remove them once every relay signs with the new secret.
    /// </summary>
    public IList<string> PreviousSigningSecrets { get; init; } = [];

    /// <summary>Every secret a signature may be made with, the current one first.</summary>
    public IEnumerable<string> AcceptedSigningSecrets =>
        new[] { SigningSecret }.Concat(PreviousSigningSecrets).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!);

    /// <summary><c>POST /api/inbound-email/mailgun</c>, enabled by its signing key.</summary>
    public MailgunInboundOptions Mailgun { get; set; } = new();

    /// <summary><c>POST /api/inbound-email/sendgrid</c>, enabled by its basic credentials.</summary>
    public WebhookCredentials SendGrid { get; set; } = new();

    /// <summary><c>POST /api/inbound-email/postmark</c>, enabled by its basic credentials.</summary>
    public WebhookCredentials Postmark { get; set; } = new();
}
