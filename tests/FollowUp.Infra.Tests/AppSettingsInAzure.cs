using FollowUp.Api.Inbound;
using FollowUp.Email.Configuration;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Infra.Tests;

/// <summary>
/// The one list of configuration keys the app reads that must be set in Azure (see docs/operations.md).
/// Keys left out on purpose: PickupDirectory and Smtp:* (other transports) and
/// Acs:ConnectionString (Azure uses the endpoint with the managed identity).
/// </summary>
public static class AppSettingsInAzure
{
    public static readonly IReadOnlyList<string> RequiredKeys =
    [
        // Every policy setting, from the options class itself: a new one cannot be forgotten here.
        .. typeof(FollowUpPolicyOptions).GetProperties().Select(p => $"{FollowUpPolicyOptions.SectionName}:{p.Name}"),
        EmailOptions.TransportKey,
        AcsOptions.EndpointKey,
        EmailOptions.FromKey,
        EmailOptions.ReplyAddressKey,
        PublicLinkOptions.PublicBaseUrlKey,
        InboundEmailOptions.SigningSecretKey,
        TokenOptions.SigningKeyKey,

        // host.json reads the task hub name from this app setting (%FollowUpTaskHub%).
        "FollowUpTaskHub",
    ];

    /// <summary>Keys whose values are secrets: in Azure they may only be Key Vault references.</summary>
    public static readonly IReadOnlyList<string> SecretKeys =
    [
        InboundEmailOptions.SigningSecretKey,
        TokenOptions.SigningKeyKey,
    ];

    /// <summary>App settings are environment variables, where ':' is spelled '__'.</summary>
    public static string ToEnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static TheoryData<string> RequiredKeysData() => new(RequiredKeys);

    public static TheoryData<string> SecretKeysData() => new(SecretKeys);
}
