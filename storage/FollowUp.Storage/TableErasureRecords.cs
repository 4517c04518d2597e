using Azure.Data.Tables;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// One table for both: a request row (PartitionKey = request id, RowKey "request", the request as JSON)
/// and a suppression row per erased address (PartitionKey = the keyed hash, RowKey "suppressed"). Neither
/// holds an address.
/// </summary>
public sealed class TableErasureRecords(FollowUpTables tables) : IErasureRecords
{
    private const string RequestRowKey = "request";
    private const string SuppressedRowKey = "suppressed";
    private const string Request = nameof(Request);
    private const string SuppressedAt = nameof(SuppressedAt);

    public async Task SaveRequestAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Safe(request.Id), RequestRowKey) { [Request] = StoredJson.Write(request) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ErasureRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(requestId), RequestRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetString(Request) is { } json ? StoredJson.Read<ErasureRequest>(json) : null;
    }

    public async Task SuppressAsync(string addressHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(addressHash);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Safe(addressHash);
        if (!(await table.GetEntityIfExistsAsync<TableEntity>(key, SuppressedRowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
        {
            // Merge, so two erasures racing for one address both succeed; the first time is what matters, and is close enough.
            await table.UpsertEntityAsync(new TableEntity(key, SuppressedRowKey) { [SuppressedAt] = at }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> IsSuppressedAsync(string addressHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(addressHash);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        return (await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(addressHash), SuppressedRowKey, [SuppressedAt], cancellationToken).ConfigureAwait(false)).HasValue;
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Erasures, cancellationToken);
}
