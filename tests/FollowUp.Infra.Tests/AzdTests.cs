using System.Text.Json;
using System.Text.RegularExpressions;
using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed partial class AzdTests(CompiledTemplate template)
{
    [Fact]
    public void Azure_yaml_deploys_the_Functions_project_as_a_function_app()
    {
        // Arrange
        var yaml = File.ReadAllText(Path.Combine(Repository.Root, "azure.yaml"));

        // Act
        var service = ServiceBlock().Match(yaml);

        // Assert
        Assert.True(service.Success, "azure.yaml has no 'api' service.");
        var body = service.Groups["body"].Value;
        Assert.Matches(@"(?m)^\s+project:\s*\.?/?functions/FollowUp\.Functions/?\s*$", body);
        Assert.Matches(@"(?m)^\s+language:\s*dotnet\s*$", body);
        Assert.Matches(@"(?m)^\s+host:\s*function\s*$", body);
        Assert.Matches(@"(?m)^\s+path:\s*infra/bicep\s*$", yaml);
    }

    [Fact]
    public void Function_app_carries_the_azd_service_tag_azure_yaml_uses()
    {
        // Arrange
        var functionApp = template.ModuleDeclaring("Microsoft.Web/sites");

        // Act
        var serviceName = functionApp.GetProperty("properties").GetProperty("parameters")
            .GetProperty("azdServiceName").GetProperty("value").GetString();

        // Assert
        Assert.Equal("api", serviceName);
    }

    [Fact]
    public void Azd_parameters_file_names_only_parameters_main_bicep_declares()
    {
        // Arrange
        using var parameters = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.BicepDirectory, "main.parameters.json")));

        // Act
        var unknown = parameters.RootElement.GetProperty("parameters").EnumerateObject()
            .Select(p => p.Name)
            .Where(name => !template.Root.GetProperty("parameters").TryGetProperty(name, out _));

        // Assert
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("inboundSigningSecret", "followup-inbound-signing-secret")]
    [InlineData("tokenSigningKey", "followup-tokens-signing-key")]
    [InlineData("interviewerKey", "followup-interviewer-key")]
    public void Azd_keeps_generated_secrets_across_provisions(string parameter, string secretName)
    {
        // Arrange
        using var parameters = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.BicepDirectory, "main.parameters.json")));

        // Act
        var value = parameters.RootElement.GetProperty("parameters").GetProperty(parameter).GetProperty("value").GetString();

        // Assert
        Assert.Equal($"$(secretOrRandomPassword ${{AZURE_KEY_VAULT_NAME}} {secretName})", value);
        Assert.True(template.Outputs.TryGetProperty("AZURE_KEY_VAULT_NAME", out _));
        Assert.Contains(
            template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets"),
            s => s.GetProperty("name").GetString()!.Contains($"'{secretName}'", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?ms)^services:\s*$.*?^\s{2}api:\s*$(?<body>(?:\n\s{4,}.*)+)")]
    private static partial Regex ServiceBlock();
}
