using System.Text.Json;
using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class ResourceTests(CompiledTemplate template)
{
    [Fact]
    public void Storage_account_refuses_shared_keys_public_blobs_and_old_TLS()
    {
        // Arrange
        var storage = template.ResourcesOfType("Microsoft.Storage/storageAccounts").Single();

        // Act
        var properties = storage.GetProperty("properties");

        // Assert
        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
    }

    [Fact]
    public void Voice_recordings_have_a_private_container_of_their_own()
    {
        // Arrange
        var containers = template.ResourcesWithTemplate.Where(r =>
            r.Resource.GetProperty("type").GetString() == "Microsoft.Storage/storageAccounts/blobServices/containers");

        // Act
        var voice = containers.Single(c => c.Resource.GetProperty("name").GetString()!.Contains("voiceContainerName", StringComparison.Ordinal));
        var defaultName = voice.Template.GetProperty("parameters").GetProperty("voiceContainerName").GetProperty("defaultValue").GetString();

        // Assert
        Assert.Equal("None", voice.Resource.GetProperty("properties").GetProperty("publicAccess").GetString());
        Assert.Equal("voice-recordings", defaultName);
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User")]
    public void App_identity_is_granted_the_role_it_needs(string roleDefinitionId, string roleName)
    {
        // Arrange
        var assignments = template.ResourcesWithTemplate.Where(r =>
            r.Resource.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments");

        // Act
        var granted = assignments.Where(a =>
        {
            var properties = a.Resource.GetProperty("properties");
            return properties.GetProperty("principalId").GetString() == "[parameters('appPrincipalId')]"
                && RoleDefinitionText(properties, a.Template).Contains(roleDefinitionId, StringComparison.OrdinalIgnoreCase);
        });

        // Assert
        Assert.True(granted.Any(), $"The app's identity is not granted {roleName}.");
    }

    // Role ids usually sit in the module's variables; inline them so the assignment can be read whole.
    private static string RoleDefinitionText(JsonElement assignmentProperties, JsonElement declaringTemplate)
    {
        var text = assignmentProperties.GetProperty("roleDefinitionId").GetString() ?? "";
        if (declaringTemplate.TryGetProperty("variables", out var variables))
        {
            foreach (var variable in variables.EnumerateObject())
            {
                text = text.Replace($"variables('{variable.Name}')", variable.Value.GetRawText(), StringComparison.Ordinal);
            }
        }

        return text;
    }

    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_Flex_Consumption()
    {
        // Arrange
        var plan = template.ResourcesOfType("Microsoft.Web/serverfarms").Single();
        var site = template.ResourcesOfType("Microsoft.Web/sites").Single();

        // Act
        var runtime = site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("runtime");

        // Assert
        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("functionapp,linux", site.GetProperty("kind").GetString());
        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        Assert.Equal("10.0", runtime.GetProperty("version").GetString());
    }

    [Fact]
    public void Key_Vault_references_resolve_with_the_user_assigned_identity()
    {
        // Arrange
        var site = template.ResourcesOfType("Microsoft.Web/sites").Single();

        // Act
        var identity = site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString();

        // Assert
        Assert.Equal("[parameters('identityId')]", identity);
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
    }

    [Fact]
    public void Durable_trigger_group_is_kept_warm_by_default()
    {
        // Arrange
        var site = template.ResourcesOfType("Microsoft.Web/sites").Single();
        var scale = site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("scaleAndConcurrency");

        // Act
        var defaultWarmInstances = template.Parameter("durableAlwaysReady").GetProperty("defaultValue").GetInt32();
        var functionAppTemplate = template.ModuleDeclaring("Microsoft.Web/sites").GetProperty("properties").GetProperty("template");
        var alwaysReady = functionAppTemplate.GetProperty("variables").GetProperty("alwaysReady").GetString();

        // Assert
        Assert.True(defaultWarmInstances >= 1);
        Assert.Equal("[variables('alwaysReady')]", scale.GetProperty("alwaysReady").GetString());
        Assert.Contains("'durable'", alwaysReady, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_and_email_accept_only_Entra_ID()
    {
        // Arrange
        var insights = template.ResourcesOfType("Microsoft.Insights/components").Single();
        var communication = template.ResourcesOfType("Microsoft.Communication/communicationServices").Single();

        // Act
        var insightsLocalAuthOff = insights.GetProperty("properties").GetProperty("DisableLocalAuth").GetBoolean();
        var communicationLocalAuthOff = communication.GetProperty("properties").GetProperty("disableLocalAuth").GetBoolean();

        // Assert
        Assert.True(insightsLocalAuthOff);
        Assert.True(communicationLocalAuthOff);
    }

    [Fact]
    public void Key_Vault_authorizes_with_RBAC()
    {
        // Arrange
        var vault = template.ResourcesOfType("Microsoft.KeyVault/vaults").Single();

        // Act
        var rbac = vault.GetProperty("properties").GetProperty("enableRbacAuthorization").GetBoolean();

        // Assert
        Assert.True(rbac);
    }

    [Fact]
    public void Azure_managed_email_domain_is_linked_by_default()
    {
        // Arrange
        var domains = template.ResourcesOfType("Microsoft.Communication/emailServices/domains").ToList();

        // Act
        var azureManaged = domains.Where(d =>
            d.GetProperty("properties").GetProperty("domainManagement").GetString() == "AzureManaged");

        // Assert
        Assert.Single(azureManaged);
        Assert.Contains(domains, d => d.GetProperty("properties").GetProperty("domainManagement").GetString() == "CustomerManaged"
            && d.TryGetProperty("condition", out _));
    }

    [Theory]
    [InlineData("FOLLOWUP_APP_URL")]
    [InlineData("FOLLOWUP_FORM_URL_PATTERN")]
    [InlineData("FOLLOWUP_SENDER_ADDRESS")]

    // Which credential opens which routes (README.md, "HTTP").
    [InlineData("FOLLOWUP_INTERVIEWER_KEY_NAME")]
    [InlineData("FOLLOWUP_INTERVIEWER_KEY_SECRET")]
    [InlineData("FOLLOWUP_INTERVIEWER_FUNCTIONS")]
    [InlineData("FOLLOWUP_ADMIN_AUTHENTICATION")]
    [InlineData("FOLLOWUP_ADMIN_APP_ROLE")]
    [InlineData("FOLLOWUP_ADMIN_ROUTES")]
    [InlineData("FOLLOWUP_INBOUND_KEY_NAME")]
    public void Deployment_outputs_what_an_operator_needs(string output)
    {
        // Arrange
        var outputs = template.Outputs;

        // Act
        var found = outputs.TryGetProperty(output, out var value);

        // Assert
        Assert.True(found, $"Output {output} is missing.");
        Assert.Equal(JsonValueKind.String, value.GetProperty("value").ValueKind);
    }
}
