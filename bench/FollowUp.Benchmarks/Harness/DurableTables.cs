using Azure.Data.Tables;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// The Azure Storage provider's own tables, read directly: <c>{hub}History</c> (one row per history
/// event, partition = instance id, plus a sentinel row) and <c>{hub}Instances</c> (one row per
/// instance with its runtime and custom status). The gRPC sidecar does not serve history.
/// </summary>
internal sealed class DurableTables(string connectionString, string taskHub)
{
    private readonly TableServiceClient _service = new(connectionString);

    /// <summary>The history events of one instance, grouped by execution in the order they were written.</summary>
    public async Task<IReadOnlyList<HistoryRow>> HistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var table = _service.GetTableClient(taskHub + "History");
        var rows = new List<HistoryRow>();
        await foreach (var entity in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == instanceId,
            select: ["RowKey", "EventType", "ExecutionId", "Timestamp"],
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var eventType = entity.GetString("EventType");
            if (eventType is null)
            {
                continue; // the sentinel row: bookkeeping, not an event
            }

            rows.Add(new HistoryRow(entity.GetString("ExecutionId") ?? string.Empty, entity.RowKey, eventType, entity.Timestamp ?? DateTimeOffset.MinValue));
        }

        return rows;
    }

    public async IAsyncEnumerable<InstanceRow> InstancesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = _service.GetTableClient(taskHub + "Instances");
        await foreach (var entity in table.QueryAsync<TableEntity>(
            select: ["PartitionKey", "RuntimeStatus", "CustomStatus"],
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new InstanceRow(entity.PartitionKey, entity.GetString("RuntimeStatus") ?? string.Empty, entity.GetString("CustomStatus"));
        }
    }
}

internal sealed record HistoryRow(string ExecutionId, string RowKey, string EventType, DateTimeOffset Timestamp);

internal sealed record InstanceRow(string InstanceId, string RuntimeStatus, string? CustomStatus);
