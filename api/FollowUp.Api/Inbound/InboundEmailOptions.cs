namespace FollowUp.Api.Inbound;

/// <summary>Bound from <c>FollowUp:Inbound</c>.</summary>
public sealed class InboundEmailOptions
{
    public const string SectionName = "FollowUp:Inbound";
    public const string SigningSecretKey = SectionName + ":SigningSecret";

    /// <summary>A shorter secret is refused at start-up: anyone who guesses it can inject replies.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>
    /// Shared with the mail provider's webhook: the HMAC-SHA256 key (its UTF-8 bytes) of
    /// <c>X-FollowUp-Signature</c> on <c>POST /api/inbound-email</c>.
    /// </summary>
    public string? SigningSecret { get; set; }
}
