namespace FollowUp.Infra.Tests;

/// <summary>
/// The one list of configuration keys the app reads that must be set in Azure (DESIGN §4).
/// Keys left out on purpose: PickupDirectory and Smtp:* (other transports) and
/// Acs:ConnectionString (Azure uses the endpoint with the managed identity).
/// </summary>
public static class AppSettingsInAzure
{
    public static readonly IReadOnlyList<string> RequiredKeys =
    [
        "FollowUp:Policy:ReplyWindow",
        "FollowUp:Policy:NoResponseWindow",
        "FollowUp:Policy:NurtureAfter",
        "FollowUp:Policy:BookingWindow",
        "FollowUp:Policy:ReminderBefore",
        "FollowUp:Policy:SendWindow",
        "FollowUp:Policy:DefaultTimeZone",
        "FollowUp:Email:Transport",
        "FollowUp:Email:Acs:Endpoint",
        "FollowUp:Email:From",
        "FollowUp:Email:ReplyAddress",
        "FollowUp:PublicBaseUrl",
        "FollowUp:Inbound:SigningSecret",
        "FollowUp:Tokens:SigningKey",
    ];

    /// <summary>Keys whose values are secrets: in Azure they may only be Key Vault references.</summary>
    public static readonly IReadOnlyList<string> SecretKeys =
    [
        "FollowUp:Inbound:SigningSecret",
        "FollowUp:Tokens:SigningKey",
    ];

    /// <summary>App settings are environment variables, where ':' is spelled '__'.</summary>
    public static string ToEnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static TheoryData<string> RequiredKeysData() => new(RequiredKeys);

    public static TheoryData<string> SecretKeysData() => new(SecretKeys);
}
