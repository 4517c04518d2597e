using System.Text.Json;
using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

/// <summary>Storage and Key Vault behind network rules (private endpoints on request); ACS sending with a role that can only send.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class NetworkAndRoleTests(CompiledTemplate template)
{
    private const string PrivateNetworking = "parameters('privateNetworking')";

    [Fact]
    public void Private_networking_is_a_parameter_off_by_default()
    {
        // Arrange
        var parameter = template.Parameter("privateNetworking");

        // Act
        var network = template.ModuleDeclaring("Microsoft.Network/privateEndpoints");

        // Assert
        Assert.Equal("bool", parameter.GetProperty("type").GetString());
        Assert.False(parameter.GetProperty("defaultValue").GetBoolean());
        Assert.Equal($"[{PrivateNetworking}]", network.GetProperty("condition").GetString());
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts")]
    [InlineData("Microsoft.KeyVault/vaults")]
    public void Storage_and_key_vault_close_their_public_endpoint_and_deny_by_default_with_private_networking(string type)
    {
        // Arrange
        var properties = template.ResourcesOfType(type).Single().GetProperty("properties");

        // Act
        var publicAccess = properties.GetProperty("publicNetworkAccess").GetString();
        var acls = properties.GetProperty("networkAcls");

        // Assert
        Assert.Equal("[if(parameters('privateNetworking'), 'Disabled', 'Enabled')]", publicAccess);
        Assert.Equal("[if(parameters('privateNetworking'), 'Deny', 'Allow')]", acls.GetProperty("defaultAction").GetString());
        Assert.Equal("AzureServices", acls.GetProperty("bypass").GetString());
        Assert.Equal(0, acls.GetProperty("ipRules").GetArrayLength());
    }

    [Fact]
    public void Blob_queue_table_and_vault_each_get_a_private_endpoint_with_its_dns_zone()
    {
        // Arrange
        var network = template.ModuleDeclaring("Microsoft.Network/privateEndpoints");
        var variables = network.GetProperty("properties").GetProperty("template").GetProperty("variables");

        // Act
        var groups = variables.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();

        // Assert
        Assert.Equal(["blob", "queue", "table", "vault"], groups);
        Assert.Single(template.ResourcesOfType("Microsoft.Network/privateEndpoints"));
        Assert.Single(template.ResourcesOfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups"));
        Assert.Single(template.ResourcesOfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks"));
    }

    [Fact]
    public void With_private_networking_the_function_app_sends_all_outbound_traffic_through_the_virtual_network()
    {
        // Arrange
        var app = template.ModuleDeclaring("Microsoft.Web/sites");

        // Act
        // A conditional module parameter compiles to one expression for the whole {"value": …}.
        var subnet = app.GetProperty("properties").GetProperty("parameters").GetProperty("appSubnetId").GetRawText();
        var site = template.ResourcesOfType("Microsoft.Web/sites").Single().GetProperty("properties");

        // Assert
        Assert.Contains(PrivateNetworking, subnet, StringComparison.Ordinal);
        Assert.Contains("appSubnetId", site.GetProperty("virtualNetworkSubnetId").GetString(), StringComparison.Ordinal);
        Assert.Contains("allTraffic", site.GetProperty("outboundVnetRouting").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_sends_email_with_a_custom_role_holding_only_the_documented_send_actions()
    {
        // Arrange
        var module = template.ModuleDeclaring("Microsoft.Communication/communicationServices");
        var variables = module.GetProperty("properties").GetProperty("template").GetProperty("variables");

        // Act
        var role = template.ResourcesOfType("Microsoft.Authorization/roleDefinitions").Single().GetProperty("properties");
        var permissions = role.GetProperty("permissions").EnumerateArray().Single();
        var actions = variables.GetProperty("emailSenderActions").EnumerateArray().Select(a => a.GetString()).ToList();

        // Assert
        Assert.Equal(
            ["Microsoft.Communication/CommunicationServices/Read", "Microsoft.Communication/CommunicationServices/Write", "Microsoft.Communication/EmailServices/write"],
            actions);
        Assert.Equal("[variables('emailSenderActions')]", permissions.GetProperty("actions").GetString());
        Assert.Equal(0, permissions.GetProperty("dataActions").GetArrayLength());
        Assert.Equal("[resourceGroup().id]", Assert.Single(role.GetProperty("assignableScopes").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("09976791-48a7-449e-bb21-39d1a415f350", "Communication and Email Service Owner")]
    [InlineData("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner")]
    [InlineData("b24988ac-6180-42a9-b819-2583ca1c1298", "Contributor")]
    public void No_identity_is_granted_a_broad_role_over_communication_services(string roleDefinitionId, string roleName)
    {
        // Arrange
        var assignments = template.ResourcesWithTemplate.Where(r => r.Resource.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments");

        // Act
        var broad = assignments.Where(a => a.Resource.GetRawText().Contains(roleDefinitionId, StringComparison.OrdinalIgnoreCase)
            || (a.Template.TryGetProperty("variables", out var variables) && variables.GetRawText().Contains(roleDefinitionId, StringComparison.OrdinalIgnoreCase)
                && a.Resource.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("variables(", StringComparison.Ordinal)
                && a.Resource.GetRawText().Contains("communicationServices", StringComparison.Ordinal)));

        // Assert
        Assert.False(broad.Any(), $"Someone is granted {roleName}.");
    }
}
