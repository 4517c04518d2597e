using System.Text.Json;
using FollowUp.Api.Routing;
using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

/// <summary>Access by role in Azure: Entra ID for admins, the interviewer key for interviewers, secrets kept across deployments.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class AccessTests(CompiledTemplate template)
{
    private JsonElement AuthSettings =>
        template.ResourcesOfType("Microsoft.Web/sites/config").Single(r => r.GetProperty("name").GetString()!.Contains("'authsettingsV2'", StringComparison.Ordinal));

    [Fact]
    public void App_service_authentication_validates_entra_id_tokens_without_turning_anyone_away()
    {
        // Arrange
        var properties = AuthSettings.GetProperty("properties");

        // Act
        var validation = properties.GetProperty("globalValidation");
        var entra = properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");

        // Assert: candidates' links, webhooks and keyed routes carry no token and must still pass;
        // the app refuses admin routes without the role itself.
        Assert.True(properties.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.False(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("AllowAnonymous", validation.GetProperty("unauthenticatedClientAction").GetString());
        Assert.Equal("[parameters('adminClientId')]", entra.GetProperty("registration").GetProperty("clientId").GetString());
        Assert.Contains("parameters('adminTenantId')", entra.GetProperty("registration").GetProperty("openIdIssuer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void App_service_authentication_is_deployed_only_with_an_admin_app_registration()
    {
        // Arrange
        var condition = AuthSettings.GetProperty("condition").GetString();

        // Act
        var adminOutput = template.Outputs.GetProperty("FOLLOWUP_ADMIN_AUTHENTICATION").GetProperty("value").GetString();

        // Assert
        Assert.Equal("[not(empty(parameters('adminClientId')))]", condition);
        Assert.Contains("'entra-id'", adminOutput, StringComparison.Ordinal);
        Assert.Contains("'off'", adminOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interviewer_key_sits_on_exactly_the_interviewer_routes_functions()
    {
        // Arrange
        var interviewerRoutes = FollowUpRoutes.All.Where(r => r.Access == RouteAccess.Interviewer).Select(r => r.Name).Distinct().Order(StringComparer.Ordinal);

        // Act
        var functions = template.Root.GetProperty("variables").GetProperty("interviewerFunctionNames").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal);
        var key = template.ResourcesOfType("Microsoft.Web/sites/functions/keys").Single(k => k.GetProperty("name").GetString()!.Contains("'interviewer'", StringComparison.Ordinal));

        // Assert
        Assert.Equal(interviewerRoutes, functions);
        Assert.Equal("[parameters('keyValue')]", key.GetProperty("value").GetString());
        Assert.Empty(template.ResourcesOfType("Microsoft.Web/sites/host/functionKeys"));
    }

    [Fact]
    public void No_key_is_created_for_the_admin_routes()
    {
        // Arrange
        var keys = template.ResourcesOfType("Microsoft.Web/sites/functions/keys").Select(k => k.GetProperty("name").GetString()!).ToList();

        // Act
        var admin = FollowUpRoutes.All.Where(r => r.Access == RouteAccess.Admin).Select(r => r.Name).ToList();

        // Assert: the keys are either the interviewer's (on its listed functions) or the Logic App's.
        Assert.All(keys, name => Assert.True(name.Contains("'interviewer'", StringComparison.Ordinal) || name.Contains("'inbound'", StringComparison.Ordinal), name));
        Assert.All(admin, name => Assert.DoesNotContain(name, template.Root.GetProperty("variables").GetProperty("interviewerFunctionNames").GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_role_and_key_names_are_those_the_app_and_readme_use()
    {
        // Arrange
        var variables = template.Root.GetProperty("variables");

        // Act
        var role = variables.GetProperty("adminRole").GetString();

        // Assert
        Assert.Equal(AccessNames.AdminRole, role);
        Assert.Equal(AccessNames.InterviewerKey, template.Outputs.GetProperty("FOLLOWUP_INTERVIEWER_KEY_NAME").GetProperty("value").GetString());
        Assert.Equal(AccessNames.InboundKey, template.Outputs.GetProperty("FOLLOWUP_INBOUND_KEY_NAME").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("inboundSigningSecret", "followup-inbound-signing-secret")]
    [InlineData("tokenSigningKey", "followup-tokens-signing-key")]
    [InlineData("interviewerKey", "followup-interviewer-key")]
    public void A_deployment_without_a_secret_keeps_the_stored_one_instead_of_generating_another(string parameter, string secretName)
    {
        // Arrange
        var definition = template.Parameter(parameter);

        // Act
        var secret = template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets").Single(s => s.GetProperty("name").GetString()!.Contains($"'{secretName}'", StringComparison.Ordinal));

        // Assert
        Assert.Equal("securestring", definition.GetProperty("type").GetString(), ignoreCase: true);
        Assert.Equal("", definition.GetProperty("defaultValue").GetString());
        Assert.True(secret.TryGetProperty("condition", out var condition), $"{secretName} is written on every deployment.");
        Assert.StartsWith("[not(empty(parameters(", condition.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Key_vault_purge_protection_is_on()
    {
        // Arrange
        var vault = template.ResourcesOfType("Microsoft.KeyVault/vaults").Single();

        // Act
        var properties = vault.GetProperty("properties");

        // Assert
        Assert.True(properties.GetProperty("enablePurgeProtection").GetBoolean());
        Assert.True(properties.GetProperty("enableSoftDelete").GetBoolean());
    }
}
