using Azure;
using Azure.Data.Tables;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// One row per digest key (PartitionKey = the key's day part, RowKey = the rest). The insert is the claim:
/// of two senders only one can add the row; the other reads it and stands back, unless the claim is
/// older than the lease and still unsent, which it takes over under the row's ETag.
/// </summary>
public sealed class TableDigestLog(FollowUpTables tables) : IDigestLog
{
    private const string ClaimedAt = nameof(ClaimedAt);
    private const string SentAt = nameof(SentAt);

    public async Task<DigestClaim> ClaimAsync(string key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var (partition, row) = Keys(key);
        try
        {
            await table.AddEntityAsync(new TableEntity(partition, row) { [ClaimedAt] = now }, cancellationToken).ConfigureAwait(false);
            return DigestClaim.Claimed;
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.Conflict)
        {
        }

        var existing = await table.GetEntityAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (existing.Value.GetDateTimeOffset(SentAt) is not null)
        {
            return DigestClaim.AlreadySent;
        }

        if (existing.Value.GetDateTimeOffset(ClaimedAt) is { } claimed && claimed + lease > now)
        {
            return DigestClaim.HeldByAnother;
        }

        try
        {
            var takeOver = new TableEntity(partition, row) { [ClaimedAt] = now };
            await table.UpdateEntityAsync(takeOver, existing.Value.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return DigestClaim.Claimed;
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.PreconditionFailed)
        {
            return DigestClaim.HeldByAnother;
        }
    }

    public async Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var (partition, row) = Keys(key);
        await table.UpsertEntityAsync(new TableEntity(partition, row) { [SentAt] = at }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    private static (string Partition, string Row) Keys(string key)
    {
        var parts = key.Split('/', 3);
        return parts.Length == 3 ? (TableKeys.Safe(parts[1]), TableKeys.Safe(parts[2])) : ("digest", TableKeys.Safe(key));
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Digests, cancellationToken);
}
