using Azure.Data.Tables;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// PartitionKey = interview id, RowKey = the entry's key made key-safe: a retried activity writes
/// the same row again instead of adding one, and an interview's history is one partition query.
/// </summary>
public sealed class TableTimeline(FollowUpTables tables) : ITimeline
{
    private const string InterviewId = nameof(TimelineEntry.InterviewId);
    private const string Key = nameof(TimelineEntry.Key);
    private const string At = nameof(TimelineEntry.At);
    private const string Kind = nameof(TimelineEntry.Kind);
    private const string Summary = nameof(TimelineEntry.Summary);
    private const string ProviderOperationId = nameof(TimelineEntry.ProviderOperationId);
    private const string ReplyIntent = nameof(ReplyIntent);
    private const string ReplyConfidence = nameof(ReplyConfidence);
    private const string ReplyExcerpt = nameof(ReplyExcerpt);
    private const string ReplyOutcome = nameof(ReplyOutcome);

    public async Task RecordAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = new TableEntity(TableKeys.Safe(entry.InterviewId), TableKeys.Safe(entry.Key))
        {
            [InterviewId] = entry.InterviewId,
            [Key] = entry.Key,
            [At] = entry.At,
            [Kind] = entry.Kind.ToString(),
            [Summary] = entry.Summary,
            [ProviderOperationId] = entry.ProviderOperationId,
        };
        if (entry.Reply is { } reply)
        {
            entity[ReplyIntent] = reply.Intent.ToString();
            entity[ReplyConfidence] = reply.Confidence;
            entity[ReplyExcerpt] = reply.Excerpt;
            entity[ReplyOutcome] = reply.Outcome.ToString();
        }

        var table = await Table(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TimelineEntry?> FindAsync(string interviewId, string key, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(interviewId), TableKeys.Safe(key), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? ToEntry(row.Value!) : null;
    }

    public async Task<IReadOnlyList<TimelineEntry>> ListAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var rows = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Safe(interviewId)}"),
            cancellationToken: cancellationToken);

        var entries = new List<TimelineEntry>();
        await foreach (var row in rows.ConfigureAwait(false))
        {
            entries.Add(ToEntry(row));
        }

        // Rows come back in RowKey order; an admin reads a history in time order.
        return entries.OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray();
    }

    public async Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        await table.DeletePartitionAsync(TableKeys.Safe(interviewId), cancellationToken).ConfigureAwait(false);
    }

    private static TimelineEntry ToEntry(TableEntity row) =>
        new(
            row.GetString(InterviewId),
            row.GetString(Key),
            row.GetDateTimeOffset(At) ?? throw new InvalidDataException($"Timeline row {row.PartitionKey}/{row.RowKey} has no {At}."),
            Enum.Parse<TimelineEntryKind>(row.GetString(Kind)),
            row.GetString(Summary) ?? string.Empty,
            row.GetString(ProviderOperationId),
            ToReply(row));

    // Rows written before replies were read have no reading: the status then lists no reading for them.
    private static ReplyRecord? ToReply(TableEntity row) =>
        row.GetString(ReplyIntent) is { } intent
            ? new ReplyRecord(
                Enum.Parse<FollowUp.Orchestrations.Replies.ReplyIntent>(intent),
                row.GetDouble(ReplyConfidence) ?? 0,
                row.GetString(ReplyExcerpt) ?? string.Empty,
                Enum.Parse<FollowUp.Orchestrations.Replies.ReplyOutcome>(row.GetString(ReplyOutcome) ?? nameof(FollowUp.Orchestrations.Replies.ReplyOutcome.OwnerOnly)))
            : null;

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Timeline, cancellationToken);
}
