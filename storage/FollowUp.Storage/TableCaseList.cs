using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// The case list in one partition, RowKey = the interview time's ticks counted down from the largest
/// date, then the interview id: the table's own order is newest first, an interview-time range is a
/// RowKey range, and the service's continuation token pages it, all in one query. Filters on stage,
/// reaction, owner and attention are columns beside the summary's JSON.
/// </summary>
public sealed class TableCaseList(FollowUpTables tables) : ICaseList
{
    private const string Partition = "case";
    private const string Summary = nameof(Summary);
    private const string InterviewId = nameof(CaseSummary.InterviewId);
    private const string Stage = nameof(CaseSummary.Stage);
    private const string Reaction = nameof(CaseSummary.Reaction);
    private const string OwnerKey = nameof(OwnerKey);
    private const string NeedsAttention = nameof(CaseSummary.NeedsAttention);
    private const string NextActionAt = nameof(CaseSummary.NextActionAt);

    // A filter that leaves whole pages empty would otherwise answer an empty page with a token.
    private const int MaxPagesPerAnswer = 20;

    public async Task ChangeAsync(string interviewId, DateTimeOffset interviewedAt, Func<CaseSummary?, CaseSummary?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var rowKey = RowKey(interviewId, interviewedAt);
        await OptimisticConcurrency.RunAsync(
            async ct =>
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: ct).ConfigureAwait(false);
                var current = existing.HasValue ? Read(existing.Value!) : null;
                var changed = change(current);
                if (changed is null || (current is not null && StoredJson.Write(changed) == StoredJson.Write(current)))
                {
                    return;
                }

                var row = Write(changed, rowKey);
                if (existing.HasValue)
                {
                    await table.UpdateEntityAsync(row, existing.Value!.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                }
                else
                {
                    await table.AddEntityAsync(row, ct).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<CaseSummary?> FindAsync(string interviewId, DateTimeOffset interviewedAt, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(interviewId, interviewedAt), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!) : null;
    }

    public async Task<ListPage<CaseSummary>> ListAsync(CaseQuery query, string? position, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var items = new List<CaseSummary>();
        var token = position;
        for (var pages = 0; pages < MaxPagesPerAnswer; pages++)
        {
            var pageQuery = table.QueryAsync<TableEntity>(Filter(query), maxPerPage: pageSize - items.Count, select: [Summary], cancellationToken: cancellationToken);
            Azure.Page<TableEntity>? page = null;
            await foreach (var first in pageQuery.AsPages(token, pageSize - items.Count).ConfigureAwait(false))
            {
                page = first;
                break;
            }

            items.AddRange(page?.Values.Select(Read) ?? []);
            token = page?.ContinuationToken;
            if (token is null || items.Count > 0)
            {
                break;
            }
        }

        return new ListPage<CaseSummary>(items, token);
    }

    public async IAsyncEnumerable<CaseSummary> ReadAllAsync(CaseQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync<TableEntity>(Filter(query), maxPerPage: 1000, select: [Summary], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return Read(row);
        }
    }

    public async Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);

        // Erasure knows the id, not the interview time: a filtered scan, fine for something this rare.
        var rows = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition}") + " and " + Compare(InterviewId, "eq", interviewId),
            select: [nameof(ITableEntity.RowKey)],
            cancellationToken: cancellationToken);
        var keys = new List<string>();
        await foreach (var row in rows.ConfigureAwait(false))
        {
            keys.Add(row.RowKey);
        }

        foreach (var rowKey in keys)
        {
            await table.DeleteRowAsync(Partition, rowKey, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Newest first: ticks counted down from the largest date, fixed width so text order is time order.</summary>
    internal static string RowKey(string interviewId, DateTimeOffset interviewedAt) =>
        Countdown(interviewedAt.UtcTicks) + "_" + TableKeys.Safe(interviewId);

    private static string Countdown(long ticks) =>
        (DateTimeOffset.MaxValue.UtcTicks - ticks).ToString("D19", CultureInfo.InvariantCulture);

    private static string Filter(CaseQuery query)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {Partition}") };

        // Later interviews count down to smaller keys: "at or after From" is below From's key plus one.
        if (query.From is { } from)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey lt {Countdown(from.UtcTicks - 1)}"));
        }

        if (query.To is { } to)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey ge {Countdown(to.UtcTicks - 1)}"));
        }

        if (query.Stage is { } stage)
        {
            parts.Add(Compare(Stage, "eq", stage.ToString()));
        }

        if (query.Reaction is { } reaction)
        {
            parts.Add(Compare(Reaction, "eq", reaction.ToString()));
        }

        if (query.OwnerEmail is { } owner)
        {
            parts.Add(Compare(OwnerKey, "eq", owner.Trim().ToLowerInvariant()));
        }

        if (query.NeedsAttention is { } attention)
        {
            parts.Add(Compare(NeedsAttention, "eq", attention));
        }

        if (query.OverdueAt is { } overdueAt)
        {
            parts.Add(Compare(NextActionAt, "lt", overdueAt));
        }

        return string.Join(" and ", parts);
    }

    /// <summary>The column's name goes in as written; only the value is quoted and escaped.</summary>
    private static string Compare(string column, string operation, object value) =>
        $"{column} {operation} " + TableClient.CreateQueryFilter($"{value}");

    private static TableEntity Write(CaseSummary summary, string rowKey)
    {
        var row = new TableEntity(Partition, rowKey)
        {
            [Summary] = StoredJson.Write(summary),
            [InterviewId] = summary.InterviewId,
            [Stage] = summary.Stage.ToString(),
            [Reaction] = summary.Reaction.ToString(),
            [OwnerKey] = summary.OwnerEmail.Trim().ToLowerInvariant(),
            [NeedsAttention] = summary.NeedsAttention,
        };
        if (summary.NextActionAt is { } at)
        {
            row[NextActionAt] = at;
        }

        return row;
    }

    private static CaseSummary Read(TableEntity row) =>
        StoredJson.Read<CaseSummary>(row.GetString(Summary) ?? throw new InvalidDataException($"Case row {row.RowKey} has no summary."));

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Cases, cancellationToken);
}
