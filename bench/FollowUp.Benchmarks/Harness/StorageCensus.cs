using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// What a storage account holds, counted at the store: rows in every table and messages (visible or
/// not) in every queue. Taken before and after cases start waiting, the difference divided by the
/// number of cases is what one waiting case keeps in storage.
/// </summary>
internal static class StorageCensus
{
    public static async Task<IReadOnlyList<StoreCount>> TakeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var counts = new List<StoreCount>();
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var client = tables.GetTableClient(table.Name);
            long rows = 0;
            await foreach (var _ in client.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows++;
            }

            counts.Add(new StoreCount("table", table.Name, rows));
        }

        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var properties = await queues.GetQueueClient(queue.Name).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            counts.Add(new StoreCount("queue", queue.Name, properties.Value.ApproximateMessagesCount));
        }

        return counts;
    }

    /// <summary>Per store, what <paramref name="after"/> holds beyond <paramref name="before"/>, divided by <paramref name="cases"/>.</summary>
    public static IReadOnlyList<StoreGrowth> PerCase(IReadOnlyList<StoreCount> before, IReadOnlyList<StoreCount> after, int cases) =>
        [.. after
            .Select(a => (a, b: before.FirstOrDefault(b => b.Kind == a.Kind && b.Name == a.Name)?.Count ?? 0))
            .Select(x => new StoreGrowth(x.a.Kind, x.a.Name, x.b, x.a.Count, cases > 0 ? (x.a.Count - x.b) / (double)cases : double.NaN))
            .OrderBy(g => g.Kind, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal)];
}

internal sealed record StoreCount(string Kind, string Name, long Count);

internal sealed record StoreGrowth(string Kind, string Name, long Before, long After, double PerCase);
