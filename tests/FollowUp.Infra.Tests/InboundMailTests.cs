using System.Text.Json;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

/// <summary>The mail providers' settings and the optional Microsoft 365 Logic App, as main.bicep deploys them.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class InboundMailTests(CompiledTemplate template)
{
    private const string KeyVaultReference = "'@Microsoft.KeyVault(SecretUri=";

    public static TheoryData<string> ProviderKeys() => new(
        InboundEmailOptions.MailgunSigningKeyKey,
        InboundEmailOptions.SendGridUsernameKey,
        InboundEmailOptions.SendGridPasswordKey,
        InboundEmailOptions.PostmarkUsernameKey,
        InboundEmailOptions.PostmarkPasswordKey);

    public static TheoryData<string> ProviderSecretKeys() => new(
        InboundEmailOptions.MailgunSigningKeyKey,
        InboundEmailOptions.SendGridPasswordKey,
        InboundEmailOptions.PostmarkPasswordKey);

    private JsonElement Workflow => template.ResourcesOfType("Microsoft.Logic/workflows").Single();

    private JsonElement Definition => Workflow.GetProperty("properties").GetProperty("definition");

    private JsonElement Action(string type) =>
        Definition.GetProperty("actions").EnumerateObject().Single(a => a.Value.GetProperty("type").GetString() == type).Value;

    [Theory]
    [MemberData(nameof(ProviderKeys))]
    public void Every_provider_setting_the_code_reads_is_in_the_template(string key)
    {
        // Arrange
        var name = AppSettingsInAzure.ToEnvironmentName(key);

        // Act
        var found = template.AppSettings.ContainsKey(name);

        // Assert
        Assert.True(found, $"App setting {name} ({key}) is not set by the Bicep.");
    }

    [Theory]
    [MemberData(nameof(ProviderSecretKeys))]
    public void Provider_secrets_are_Key_Vault_references_or_empty_which_keeps_the_route_off(string key)
    {
        // Arrange
        var name = AppSettingsInAzure.ToEnvironmentName(key);

        // Act
        var value = template.AppSettings[name];

        // Assert
        Assert.StartsWith("[if(empty(parameters(", value, StringComparison.Ordinal);
        Assert.Contains("), '', format(" + KeyVaultReference, value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mailgunSigningKey")]
    [InlineData("sendGridPassword")]
    [InlineData("postmarkPassword")]
    public void Provider_secret_parameters_are_secure_and_empty_by_default(string parameter)
    {
        // Arrange
        var definition = template.Parameter(parameter);

        // Act
        var type = definition.GetProperty("type").GetString();
        var defaultValue = definition.GetProperty("defaultValue").GetString();

        // Assert
        Assert.Equal("securestring", type, ignoreCase: true);
        Assert.Equal(string.Empty, defaultValue);
    }

    [Fact]
    public void Office365_logic_app_is_off_unless_its_parameter_turns_it_on()
    {
        // Arrange
        var module = template.ModuleDeclaring("Microsoft.Logic/workflows");

        // Act
        var condition = module.GetProperty("condition").GetString();

        // Assert
        Assert.False(template.Parameter("office365Inbound").GetProperty("defaultValue").GetBoolean());
        Assert.Equal("[parameters('office365Inbound')]", condition);
    }

    [Fact]
    public void Logic_app_polls_the_shared_mailbox_for_new_mail_one_run_per_message()
    {
        // Arrange
        var trigger = Definition.GetProperty("triggers").EnumerateObject().Single().Value;

        // Act
        var inputs = trigger.GetProperty("inputs");

        // Assert
        Assert.Equal("ApiConnection", trigger.GetProperty("type").GetString());
        Assert.Equal("/v2/SharedMailbox/Mail/OnNewEmail", inputs.GetProperty("path").GetString());
        Assert.Equal("@parameters('sharedMailbox')", inputs.GetProperty("queries").GetProperty("mailboxAddress").GetString());
        Assert.Contains("office365", inputs.GetProperty("host").GetProperty("connection").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("@triggerBody()?['value']", trigger.GetProperty("splitOn").GetString());
        Assert.Equal("[parameters('sharedMailbox')]", Workflow.GetProperty("properties").GetProperty("parameters").GetProperty("sharedMailbox").GetProperty("value").GetString());
    }

    [Fact]
    public void Logic_app_posts_each_exported_message_as_message_rfc822_with_the_inbound_function_key()
    {
        // Arrange
        var export = Definition.GetProperty("actions").GetProperty("Export_the_message");
        var post = Action("Http");

        // Act
        var inputs = post.GetProperty("inputs");
        var headers = inputs.GetProperty("headers");

        // Assert
        Assert.EndsWith("/$value", export.GetProperty("inputs").GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal("POST", inputs.GetProperty("method").GetString());
        Assert.Equal("@parameters('inboundUrl')", inputs.GetProperty("uri").GetString());
        Assert.Equal("message/rfc822", headers.GetProperty("Content-Type").GetString());
        Assert.Equal("@parameters('functionKey')", headers.GetProperty("x-functions-key").GetString());
        Assert.Equal("@body('Export_the_message')", inputs.GetProperty("body").GetString());
        Assert.Equal("SecureString", Definition.GetProperty("parameters").GetProperty("functionKey").GetProperty("type").GetString());
        Assert.Equal("[parameters('functionKey')]", Workflow.GetProperty("properties").GetProperty("parameters").GetProperty("functionKey").GetProperty("value").GetString());
    }

    [Fact]
    public void Logic_app_run_history_keeps_neither_the_mail_nor_the_key()
    {
        // Arrange
        var steps = Definition.GetProperty("triggers").EnumerateObject().Concat(Definition.GetProperty("actions").EnumerateObject());
        var variables = template.ModuleDeclaring("Microsoft.Logic/workflows").GetProperty("properties").GetProperty("template").GetProperty("variables");

        // Act
        var open = steps
            .Where(s => !s.Value.TryGetProperty("runtimeConfiguration", out var runtime) || !SecuresInputsAndOutputs(Resolve(runtime, variables)))
            .Select(s => s.Name);

        // Assert
        Assert.Empty(open);
    }

    // A module's variable stays a reference in the compiled template: "[variables('name')]".
    private static JsonElement Resolve(JsonElement value, JsonElement variables) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.StartsWith("[variables('", StringComparison.Ordinal)
            ? variables.GetProperty(text["[variables('".Length..^"')]".Length])
            : value;

    private static bool SecuresInputsAndOutputs(JsonElement runtime) =>
        runtime.TryGetProperty("secureData", out var secure)
        && secure.GetProperty("properties").EnumerateArray().Select(p => p.GetString()).Order().SequenceEqual(["inputs", "outputs"]);

    [Fact]
    public void Inbound_key_opens_the_keyed_route_function_and_no_other()
    {
        // Arrange
        var module = template.ModuleDeclaring("Microsoft.Logic/workflows");
        var parameters = module.GetProperty("properties").GetProperty("parameters");
        var variables = template.Root.GetProperty("variables");

        // Act
        var key = template.ResourcesOfType("Microsoft.Web/sites/functions/keys").Single(k => k.GetProperty("name").GetString()!.Contains("'inbound'", StringComparison.Ordinal));
        var functionName = variables.GetProperty("keyedInboundFunctionName").GetString();
        var route = variables.GetProperty("keyedInboundRoute").GetString();

        // Assert
        Assert.Empty(template.ResourcesOfType("Microsoft.Web/sites/host/functionKeys"));
        Assert.Equal("[format('{0}/{1}/{2}', parameters('functionAppName'), parameters('functionName'), 'inbound')]", key.GetProperty("name").GetString());
        Assert.Equal("[parameters('functionKey')]", key.GetProperty("value").GetString());
        Assert.Equal("[variables('keyedInboundFunctionName')]", parameters.GetProperty("functionName").GetProperty("value").GetString());
        Assert.Contains("variables('keyedInboundRoute')", parameters.GetProperty("inboundUrl").GetProperty("value").GetString(), StringComparison.Ordinal);
        var keyed = FollowUpRoutes.Find(RouteNames.ReceiveKeyedInboundEmail, "POST");
        Assert.Equal(keyed.Name, functionName);
        Assert.Equal(keyed.Template, route);
        Assert.Equal(RouteAccess.InboundKey, keyed.Access);
    }

    [Fact]
    public async Task Main_template_builds_with_the_office365_logic_app_turned_on()
    {
        // Arrange: parameters as an operator turning it on gives them, compiled together with main.bicep.
        var folder = Directory.CreateTempSubdirectory("followup-bicepparam-").FullName;
        try
        {
            var main = Path.GetRelativePath(folder, Repository.MainTemplate).Replace('\\', '/');
            await File.WriteAllTextAsync(Path.Combine(folder, "office365.bicepparam"), $"""
                using '{main}'

                param environmentName = 'followup-test'
                param location = 'japaneast'
                param replyAddress = 'replies@example.com'
                param office365Inbound = true
                param office365SharedMailbox = 'recruiting-replies@example.com'
                """);

            // Act
            var build = await BicepCli.RunAsync(folder, "build-params", "office365.bicepparam", "--stdout", "--diagnostics-format", "sarif");

            // Assert
            Assert.True(build.ExitCode == 0, $"bicep build-params failed ({build.ExitCode}):\n{build.StandardError}");
            var diagnostics = string.IsNullOrWhiteSpace(build.StandardError) ? [] : Sarif.Parse(build.StandardError).Diagnostics;
            Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
            using var output = JsonDocument.Parse(build.StandardOutput);
            using var parameters = JsonDocument.Parse(output.RootElement.GetProperty("parametersJson").GetString()!);
            Assert.True(parameters.RootElement.GetProperty("parameters").GetProperty("office365Inbound").GetProperty("value").GetBoolean());
            Assert.Contains("Microsoft.Logic/workflows", output.RootElement.GetProperty("templateJson").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
