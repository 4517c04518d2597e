using Azure.Core;
using Azure.Identity;

namespace FollowUp.Api.Telemetry;

/// <summary>
/// The Entra ID credential the Azure Monitor exporter needs when Application Insights refuses
/// instrumentation keys (the Bicep turns local auth off), read from the same
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> the Functions host uses.
/// </summary>
public static class ApplicationInsightsCredential
{
    /// <returns>Null when the string does not ask for Entra ID: the connection string alone is used.</returns>
    public static TokenCredential? From(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return null;
        }

        var parts = authenticationString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
