using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Privacy;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// One row per candidate, PartitionKey = the keyed hash of the address (<see cref="AddressHasher"/>;
/// a row written before keyed hashes keeps its plain SHA-256 key and is read and updated there, so an
/// old opt-out keeps holding), holding both the pool
/// entry and the opt-out. Two activities can write the same candidate at once (a tag from one
/// interview, an opt-out click, a tag from another interview), so each write is a read–merge–write
/// guarded by the row's ETag and retried when another writer got in first.
/// </summary>
public sealed class TableTalentPool(FollowUpTables tables, AddressHasher hasher) : ITalentPool
{
    private const string RowKey = "candidate";
    private const string CandidateEmail = nameof(TalentPoolEntry.CandidateEmail);
    private const string CandidateName = nameof(TalentPoolEntry.CandidateName);
    private const string SourceInterviewId = nameof(TalentPoolEntry.SourceInterviewId);
    private const string Tags = nameof(TalentPoolEntry.Tags);
    private const string RecontactAt = nameof(TalentPoolEntry.RecontactAt);
    private const string AddedAt = nameof(TalentPoolEntry.AddedAt);
    private const string OptedOut = nameof(OptedOut);
    private const string OptedOutAt = nameof(OptedOutAt);
    private const string OwnerName = nameof(TalentPoolEntry.OwnerName);
    private const string OwnerEmail = nameof(TalentPoolEntry.OwnerEmail);
    private const string OwnerLocale = nameof(TalentPoolEntry.OwnerLocale);
    private const string Profiles = nameof(TalentPoolEntry.Profiles);

    public async Task UpsertAsync(TalentPoolEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var key = await KeyAsync(table, entry.CandidateEmail, cancellationToken).ConfigureAwait(false);

        await OptimisticConcurrency.RunAsync(
            async ct =>
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(key, RowKey, cancellationToken: ct).ConfigureAwait(false);
                if (!existing.HasValue)
                {
                    var added = new TableEntity(key, RowKey);
                    Apply(added, entry, entry.Tags.Distinct(StringComparer.Ordinal).ToArray(), entry.RecontactAt, entry.AddedAt);
                    await table.AddEntityAsync(added, ct).ConfigureAwait(false);
                    return;
                }

                var row = existing.Value!;
                var known = ReadTags(row);
                var tags = known.Union(entry.Tags, StringComparer.Ordinal).ToArray();
                var recontactAt = Later(row.GetDateTimeOffset(RecontactAt), entry.RecontactAt);
                if (IsUnchanged(row, entry, known, tags, recontactAt))
                {
                    return;
                }

                // The opt-out columns ride along untouched in the replaced row; the ETag makes sure
                // they are the ones just read.
                Apply(row, entry, tags, recontactAt, row.GetDateTimeOffset(AddedAt) ?? entry.AddedAt);
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<TalentPoolEntry?> FindAsync(string candidateEmail, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(candidateEmail, cancellationToken).ConfigureAwait(false);

        return row is null ? null : ReadEntry(row, candidateEmail);
    }

    public async IAsyncEnumerable<PooledCandidate> ReadAllAsync(TalentPoolQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey}");
        if (query.RecontactBefore is { } before)
        {
            filter += $" and {RecontactAt} lt " + TableClient.CreateQueryFilter($"{before}");
        }

        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (ReadEntry(row, string.Empty) is { } entry)
            {
                var pooled = new PooledCandidate(row.PartitionKey, entry, row.GetBoolean(OptedOut) == true);
                if (query.Matches(pooled))
                {
                    yield return pooled;
                }
            }
        }
    }

    public async Task<PooledCandidate?> SnoozeAsync(string id, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        PooledCandidate? snoozed = null;
        await OptimisticConcurrency.RunAsync(
            async ct =>
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(id, RowKey, cancellationToken: ct).ConfigureAwait(false);
                if (!existing.HasValue || ReadEntry(existing.Value!, string.Empty) is not { } entry)
                {
                    snoozed = null;
                    return;
                }

                var change = new TableEntity(id, RowKey) { [RecontactAt] = until };
                await table.UpdateEntityAsync(change, existing.Value!.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
                snoozed = new PooledCandidate(id, entry with { RecontactAt = until }, existing.Value.GetBoolean(OptedOut) == true);
            },
            cancellationToken).ConfigureAwait(false);
        return snoozed;
    }

    // A row with only an opt-out (a candidate who was never pooled) is not a pool entry.
    private static TalentPoolEntry? ReadEntry(TableEntity row, string candidateEmail) =>
        row.GetDateTimeOffset(AddedAt) is not { } addedAt
            ? null
            : new TalentPoolEntry
            {
                CandidateEmail = row.GetString(CandidateEmail) ?? candidateEmail,
                CandidateName = row.GetString(CandidateName) ?? string.Empty,
                SourceInterviewId = row.GetString(SourceInterviewId) ?? string.Empty,
                Tags = ReadTags(row),
                RecontactAt = row.GetDateTimeOffset(RecontactAt),
                AddedAt = addedAt,
                OwnerName = row.GetString(OwnerName),
                OwnerEmail = row.GetString(OwnerEmail),
                OwnerLocale = row.GetString(OwnerLocale),
                Profiles = row.GetString(Profiles) is { } profiles ? StoredJson.Read<SocialProfile[]>(profiles) : [],
            };

    /// <summary>The first opt-out time is kept: a second click changes nothing.</summary>
    public async Task MarkOptedOutAsync(string candidateEmail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var key = await KeyAsync(table, candidateEmail, cancellationToken).ConfigureAwait(false);

        await OptimisticConcurrency.RunAsync(
            async ct =>
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(key, RowKey, [OptedOut], ct).ConfigureAwait(false);
                if (!existing.HasValue)
                {
                    var added = new TableEntity(key, RowKey)
                    {
                        [CandidateEmail] = candidateEmail,
                        [OptedOut] = true,
                        [OptedOutAt] = at,
                    };
                    await table.AddEntityAsync(added, ct).ConfigureAwait(false);
                    return;
                }

                if (existing.Value!.GetBoolean(OptedOut) == true)
                {
                    return;
                }

                // Merge touches only the opt-out columns; the ETag still refuses a row changed since the read.
                var optOut = new TableEntity(key, RowKey) { [OptedOut] = true, [OptedOutAt] = at };
                await table.UpdateEntityAsync(optOut, existing.Value.ETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsOptedOutAsync(string candidateEmail, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(candidateEmail, cancellationToken).ConfigureAwait(false);
        return row?.GetBoolean(OptedOut) == true;
    }

    public async Task DeleteAsync(string candidateEmail, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        await table.DeleteRowAsync(hasher.Hash(candidateEmail), RowKey, cancellationToken).ConfigureAwait(false);
        await table.DeleteRowAsync(TableKeys.LegacyCandidate(candidateEmail), RowKey, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TableEntity?> FindRowAsync(string candidateEmail, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        return await RowAsync(table, hasher.Hash(candidateEmail), cancellationToken).ConfigureAwait(false)
            ?? await RowAsync(table, TableKeys.LegacyCandidate(candidateEmail), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The keyed hash, unless only a row under the old plain-SHA-256 key exists: that row is kept and updated in place.</summary>
    private async Task<string> KeyAsync(TableClient table, string candidateEmail, CancellationToken cancellationToken)
    {
        var keyed = hasher.Hash(candidateEmail);
        if (await RowAsync(table, keyed, cancellationToken).ConfigureAwait(false) is not null)
        {
            return keyed;
        }

        var legacy = TableKeys.LegacyCandidate(candidateEmail);
        return await RowAsync(table, legacy, cancellationToken).ConfigureAwait(false) is not null ? legacy : keyed;
    }

    private static async Task<TableEntity?> RowAsync(TableClient table, string key, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(key, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private static void Apply(TableEntity row, TalentPoolEntry entry, IReadOnlyList<string> tags, DateTimeOffset? recontactAt, DateTimeOffset addedAt)
    {
        row[CandidateEmail] = entry.CandidateEmail;
        row[CandidateName] = entry.CandidateName;
        row[SourceInterviewId] = entry.SourceInterviewId;
        row[Tags] = JsonSerializer.Serialize(tags, StoredJson.Options);
        row[RecontactAt] = recontactAt;
        row[AddedAt] = addedAt;

        // An entry written without the report's facts (the report not found) keeps those already known.
        if (entry.OwnerEmail is not null)
        {
            row[OwnerName] = entry.OwnerName;
            row[OwnerEmail] = entry.OwnerEmail;
            row[OwnerLocale] = entry.OwnerLocale;
            row[Profiles] = StoredJson.Write(entry.Profiles);
        }
    }

    private static bool IsUnchanged(TableEntity row, TalentPoolEntry entry, string[] known, string[] tags, DateTimeOffset? recontactAt) =>
        row.GetDateTimeOffset(AddedAt) is not null
        && tags.Length == known.Length
        && recontactAt == row.GetDateTimeOffset(RecontactAt)
        && string.Equals(row.GetString(CandidateEmail), entry.CandidateEmail, StringComparison.Ordinal)
        && string.Equals(row.GetString(CandidateName), entry.CandidateName, StringComparison.Ordinal)
        && string.Equals(row.GetString(SourceInterviewId), entry.SourceInterviewId, StringComparison.Ordinal)
        && (entry.OwnerEmail is null || (string.Equals(row.GetString(OwnerEmail), entry.OwnerEmail, StringComparison.Ordinal)
            && string.Equals(row.GetString(OwnerName), entry.OwnerName, StringComparison.Ordinal)
            && string.Equals(row.GetString(Profiles), StoredJson.Write(entry.Profiles), StringComparison.Ordinal)));

    private static string[] ReadTags(TableEntity row) =>
        row.GetString(Tags) is { } json ? JsonSerializer.Deserialize<string[]>(json, StoredJson.Options) ?? [] : [];

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.TalentPool, cancellationToken);
}
