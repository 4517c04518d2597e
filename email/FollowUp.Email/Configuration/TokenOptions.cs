namespace FollowUp.Email.Configuration;

/// <summary>Bound from <c>FollowUp:Tokens</c>.</summary>
public sealed class TokenOptions
{
    public const string SectionName = "FollowUp:Tokens";
    public const string SigningKeyKey = SectionName + ":SigningKey";

    /// <summary>Shorter keys are refused at start-up: the tokens are only as strong as this secret.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>HMAC key of reply and opt-out tokens. Rotating it invalidates links already sent.</summary>
    public string? SigningKey { get; set; }
}
