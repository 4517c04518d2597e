using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace FollowUp.Storage;

/// <summary>
/// The one <see cref="TableServiceClient"/> of the app and its tables. Each table is created on first
/// use and remembered, so a store pays the create round trip once per process, not once per call.
/// </summary>
public sealed partial class FollowUpTables
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public FollowUpTables(TableServiceClient service, string prefix, ILogger<FollowUpTables> logger)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(logger);
        TableStorageNames.ThrowIfInvalidPrefix(prefix);
        Service = service;
        Prefix = prefix;
        _logger = logger;
    }

    /// <summary>For callers that need the account itself, such as a health check.</summary>
    public TableServiceClient Service { get; }

    public string Prefix { get; }

    /// <summary>The table <paramref name="name"/> (without the prefix), created if it does not exist yet.</summary>
    public async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var fullName = Prefix + name;
        var ready = _tables.GetOrAdd(fullName, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        try
        {
            // The creation is shared by every caller, so one caller's cancellation must not cancel it.
            return await ready.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (ready.Value.IsFaulted)
        {
            // A failed creation (storage not up yet, a transient error) is not remembered: the next call tries again.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(fullName, ready));
            throw;
        }
    }

    private async Task<TableClient> CreateAsync(string fullName)
    {
        var table = Service.GetTableClient(fullName);
        await table.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        LogReady(fullName, Service.Uri);
        return table;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {Table} ready at {Endpoint}")]
    private partial void LogReady(string table, Uri endpoint);
}
