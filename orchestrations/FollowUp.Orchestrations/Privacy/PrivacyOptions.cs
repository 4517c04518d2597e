namespace FollowUp.Orchestrations.Privacy;

/// <summary>Bound from <c>FollowUp:Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "FollowUp:Privacy";
    public const string AddressHashKeyKey = SectionName + ":" + nameof(AddressHashKey);

    /// <summary>Where the key comes from when <see cref="AddressHashKey"/> is unset.</summary>
    public const string FallbackKeyKey = "FollowUp:Tokens:SigningKey";

    public const int MinimumKeyLength = 16;

    /// <summary>
    /// HMAC key of every address hash FollowUp keeps (the erasure suppression list, log lines). It
    /// must never change: a hash made under another key no longer finds its address. Unset, the token
    /// signing key's value at start-up is used, so set this to that value before rotating the token key.
    /// </summary>
    public string? AddressHashKey { get; set; }
}
