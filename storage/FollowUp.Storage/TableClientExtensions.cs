using Azure;
using Azure.Data.Tables;

namespace FollowUp.Storage;

internal static class TableClientExtensions
{
    /// <summary>
    /// Deletes every row of the partition. One row at a time rather than in a transaction: a row
    /// deleted meanwhile would fail a whole batch, and erasure is rare enough not to need the speed.
    /// </summary>
    public static async Task DeletePartitionAsync(this TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var rows = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"),
            select: [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey)],
            cancellationToken: cancellationToken);

        var keys = new List<string>();
        await foreach (var row in rows.ConfigureAwait(false))
        {
            keys.Add(row.RowKey);
        }

        foreach (var rowKey in keys)
        {
            await table.DeleteRowAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the row whatever its version; a row already gone counts as deleted.</summary>
    public static async Task DeleteRowAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.NotFound)
        {
        }
    }
}
