using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace FollowUp.Storage;

/// <summary>
/// Reads the same storage settings the Functions host reads, so the app's tables live in the
/// account that already holds its durable state: a connection string locally, the managed identity in Azure.
/// </summary>
public static class TableStorageConnection
{
    public const string ConnectionStringKey = "AzureWebJobsStorage";
    public const string TableServiceUriKey = "AzureWebJobsStorage:tableServiceUri";
    public const string ClientIdKey = "AzureWebJobsStorage:clientId";
    public const string BlobServiceUriKey = "AzureWebJobsStorage:blobServiceUri";

    /// <summary>Builds the client; never puts the connection string into a message, since it holds the account key.</summary>
    /// <exception cref="InvalidOperationException">Neither setting is present, or one is malformed.</exception>
    public static TableServiceClient CreateClient(IConfiguration configuration) =>
        Create(configuration, "Table", TableServiceUriKey, "https://<account>.table.core.windows.net",
            connectionString => new TableServiceClient(connectionString),
            (endpoint, clientId) => new TableServiceClient(endpoint, Credential(clientId)));

    /// <summary>The blob service of the same account (voice recordings), from the same settings.</summary>
    /// <exception cref="InvalidOperationException">Neither setting is present, or one is malformed.</exception>
    public static BlobServiceClient CreateBlobClient(IConfiguration configuration) =>
        Create(configuration, "Blob", BlobServiceUriKey, "https://<account>.blob.core.windows.net",
            connectionString => new BlobServiceClient(connectionString),
            (endpoint, clientId) => new BlobServiceClient(endpoint, Credential(clientId)));

    private static T Create<T>(IConfiguration configuration, string service, string serviceUriKey, string example, Func<string, T> fromConnectionString, Func<Uri, string?, T> fromEndpoint)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[ConnectionStringKey];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            try
            {
                return fromConnectionString(connectionString);
            }
            catch (Exception failure) when (failure is FormatException or ArgumentException or InvalidOperationException)
            {
                // The parser's own message can quote the string; ours names the setting only.
                throw new InvalidOperationException(
                    $"The setting '{ConnectionStringKey}' is not a valid storage connection string.");
            }
        }

        var serviceUri = configuration[serviceUriKey];
        if (!string.IsNullOrWhiteSpace(serviceUri))
        {
            if (!Uri.TryCreate(serviceUri, UriKind.Absolute, out var endpoint))
            {
                throw new InvalidOperationException(
                    $"The setting '{Env(serviceUriKey)}' must be an absolute URI such as {example}, not '{serviceUri}'.");
            }

            return fromEndpoint(endpoint, configuration[ClientIdKey]);
        }

        throw new InvalidOperationException(
            $"{service} Storage is not configured. Set '{ConnectionStringKey}' to a storage connection string "
            + $"(locally 'UseDevelopmentStorage=true' or an Azurite connection string), or '{Env(serviceUriKey)}' "
            + $"to the {service.ToLowerInvariant()} endpoint for identity-based access (with AZURE_CLIENT_ID or "
            + $"'{Env(ClientIdKey)}' naming a user-assigned identity).");
    }

    /// <summary>
    /// DefaultAzureCredential already honours AZURE_CLIENT_ID; the Functions host's own
    /// <c>AzureWebJobsStorage__clientId</c> is honoured too, so one identity setting is enough.
    /// </summary>
    private static DefaultAzureCredential Credential(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });

    private static string Env(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
