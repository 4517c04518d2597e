using Azure;
using Azure.Data.Tables;
using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Storage;

/// <summary>
/// PartitionKey = the webhook source, RowKey = the token made key-safe. Recording is an insert, so the
/// service decides which of two concurrent posts of one token is the first. Tables have no time-to-live:
/// expired rows are deleted in one sweep at most every <see cref="SweepInterval"/> per process.
/// </summary>
public sealed partial class TableWebhookTokenLog(FollowUpTables tables, ILogger<TableWebhookTokenLog> logger) : IWebhookTokenLog
{
    /// <summary>Rows live minutes; an hourly sweep keeps the table at about an hour of posts.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private const string KeepUntil = nameof(KeepUntil);

    private readonly ILogger _logger = logger;
    private long _nextSweepTicks;

    public async Task<bool> TryRecordAsync(string source, string token, DateTimeOffset at, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Safe(source), TableKeys.Safe(token)) { [KeepUntil] = keepUntil };
        var recorded = await InsertAsync(table, entity, at, cancellationToken).ConfigureAwait(false);
        if (recorded)
        {
            await SweepIfDueAsync(table, at, cancellationToken).ConfigureAwait(false);
        }

        return recorded;
    }

    private static async Task<bool> InsertAsync(TableClient table, TableEntity entity, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.Conflict)
        {
            // Kept and not yet swept: still a replay unless it has expired, and then the ETag lets one taker win.
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || existing.Value!.GetDateTimeOffset(KeepUntil) is not { } kept || kept >= at)
            {
                return false;
            }

            try
            {
                await table.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException lost) when (lost.Status is StatusCodes.PreconditionFailed or StatusCodes.NotFound)
            {
                return false;
            }
        }
    }

    private async Task SweepIfDueAsync(TableClient table, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (at.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, at.Add(SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        try
        {
            var expired = table.QueryAsync<TableEntity>(
                // The column name is written out: an interpolated value would be quoted as a string literal.
                TableClient.CreateQueryFilter($"KeepUntil lt {at}"),
                select: [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey)],
                cancellationToken: cancellationToken);
            var rows = new List<(string PartitionKey, string RowKey)>();
            await foreach (var row in expired.ConfigureAwait(false))
            {
                rows.Add((row.PartitionKey, row.RowKey));
            }

            foreach (var (partitionKey, rowKey) in rows)
            {
                await table.DeleteRowAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException failure)
        {
            // Housekeeping only: the post was recorded, and the next sweep deletes what this one left.
            LogSweepFailed(failure.Status, failure);
        }
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.WebhookTokens, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired webhook tokens failed ({Status}); retried at the next sweep")]
    private partial void LogSweepFailed(int status, Exception failure);
}
