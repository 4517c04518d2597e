namespace FollowUp.Email.Configuration;

/// <summary>Bound from <c>FollowUp:Tokens</c>.</summary>
public sealed class TokenOptions
{
    public const string SectionName = "FollowUp:Tokens";
    public const string SigningKeyKey = SectionName + ":SigningKey";
    public const string PreviousSigningKeysKey = SectionName + ":PreviousSigningKeys";

    /// <summary>Shorter keys are refused at start-up: the tokens are only as strong as this secret.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>HMAC key of new reply and opt-out tokens.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Keys that signed earlier tokens: they still verify, so a rotation loses no reply or opt-out link
    /// already in a candidate's inbox. Remove a key only when no case it signed for can still be answered.
    /// </summary>
    public IList<string> PreviousSigningKeys { get; init; } = [];
}
