using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class AppSettingsTests(CompiledTemplate template)
{
    private const string KeyVaultReference = "'@Microsoft.KeyVault(SecretUri=";

    private static readonly string[] IdentityStorageSettings = ["clientId", "blobServiceUri", "queueServiceUri", "tableServiceUri"];

    [Theory]
    [MemberData(nameof(AppSettingsInAzure.RequiredKeysData), MemberType = typeof(AppSettingsInAzure))]
    public void Every_setting_the_code_reads_is_set_in_Azure(string key)
    {
        // Arrange
        var name = AppSettingsInAzure.ToEnvironmentName(key);

        // Act
        var found = template.AppSettings.TryGetValue(name, out var value);

        // Assert
        Assert.True(found, $"App setting {name} ({key}) is not set by the Bicep.");
        Assert.False(string.IsNullOrWhiteSpace(value), $"App setting {name} is empty.");
    }

    [Theory]
    [MemberData(nameof(AppSettingsInAzure.SecretKeysData), MemberType = typeof(AppSettingsInAzure))]
    public void Secrets_are_set_only_as_Key_Vault_references(string key)
    {
        // Arrange
        var name = AppSettingsInAzure.ToEnvironmentName(key);

        // Act
        var value = template.AppSettings[name];

        // Assert
        Assert.StartsWith("[format(" + KeyVaultReference, value, StringComparison.Ordinal);
    }

    [Fact]
    public void No_other_setting_looks_like_a_secret()
    {
        // Arrange
        var secretNames = AppSettingsInAzure.SecretKeys.Select(AppSettingsInAzure.ToEnvironmentName).ToHashSet();
        string[] secretWords = ["secret", "password", "signingkey", "accesskey", "apikey"];

        // Act
        var suspicious = template.AppSettings
            .Where(s => !secretNames.Contains(s.Key))
            .Where(s => secretWords.Any(w => s.Key.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Where(s => !s.Value.Contains(KeyVaultReference, StringComparison.Ordinal))
            .Select(s => s.Key);

        // Assert
        Assert.Empty(suspicious);
    }

    [Fact]
    public void No_setting_holds_an_account_key_or_access_key()
    {
        // Arrange
        string[] forbidden = ["accesskey=", "accountkey=", "sharedaccesskey", "listkeys(", "listconnectionstrings(", "primarykey", "secondarykey"];

        // Act
        var offending = template.AppSettings
            .Where(s => forbidden.Any(f => s.Value.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .Select(s => $"{s.Key} = {s.Value}");

        // Assert
        Assert.Empty(offending);
    }

    [Fact]
    public void Template_never_reads_keys_of_any_resource()
    {
        // Arrange
        var json = template.Root.GetRawText();

        // Act
        var listsKeys = json.Contains("listKeys(", StringComparison.OrdinalIgnoreCase)
            || json.Contains("listConnectionStrings(", StringComparison.OrdinalIgnoreCase)
            || json.Contains("listSecrets(", StringComparison.OrdinalIgnoreCase);

        // Assert
        Assert.False(listsKeys, "The template reads keys or secrets through a list*() function.");
    }

    [Fact]
    public void Email_goes_through_ACS_with_the_managed_identity()
    {
        // Arrange
        var settings = template.AppSettings;

        // Act
        var transport = settings["FollowUp__Email__Transport"];
        var endpoint = settings["FollowUp__Email__Acs__Endpoint"];

        // Assert
        Assert.Equal("Acs", transport);
        Assert.Contains("acsEndpoint", endpoint, StringComparison.Ordinal);
        Assert.DoesNotContain("FollowUp__Email__Acs__ConnectionString", settings.Keys);
        Assert.True(settings.ContainsKey("AZURE_CLIENT_ID"), "AZURE_CLIENT_ID must name the user-assigned identity.");
    }

    [Fact]
    public void Host_and_Durable_storage_use_the_managed_identity()
    {
        // Arrange
        var settings = template.AppSettings;

        // Act
        var credential = settings.GetValueOrDefault("AzureWebJobsStorage__credential");

        // Assert
        Assert.Equal("managedidentity", credential);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.All(
            IdentityStorageSettings,
            suffix => Assert.True(settings.ContainsKey($"AzureWebJobsStorage__{suffix}"), $"AzureWebJobsStorage__{suffix} is missing."));
    }

    [Fact]
    public void Telemetry_is_sent_with_Entra_ID()
    {
        // Arrange
        var settings = template.AppSettings;

        // Act
        var authentication = settings.GetValueOrDefault("APPLICATIONINSIGHTS_AUTHENTICATION_STRING") ?? "";

        // Assert
        Assert.True(settings.ContainsKey("APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.Contains("Authorization=AAD", authentication, StringComparison.Ordinal);
    }

    [Fact]
    public void The_logic_apps_inbound_key_is_generated_at_deploy_time_not_hard_coded()
    {
        // Arrange
        var definition = template.Parameter("inboundFunctionKey");

        // Act
        var type = definition.GetProperty("type").GetString();
        var defaultValue = definition.GetProperty("defaultValue").GetString();

        // Assert
        Assert.Equal("securestring", type, ignoreCase: true);
        Assert.Contains("newGuid()", defaultValue, StringComparison.Ordinal);
    }
}
