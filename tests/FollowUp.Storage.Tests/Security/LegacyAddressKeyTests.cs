using Azure.Data.Tables;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FollowUp.Storage.Tests.Security;

/// <summary>
/// Addresses are keyed by an HMAC now; rows the first releases wrote under a plain SHA-256 must still
/// be found (an opt-out keeps holding, an erasure still reaches them), and no new row is keyed the old way.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class LegacyAddressKeyTests(AzuriteServer azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string Address = "old.row@example.com";

    [Fact]
    public async Task An_opt_out_written_under_the_plain_sha256_key_still_holds_and_is_erased()
    {
        var tables = Tables();
        var pool = new TableTalentPool(tables, Stores.Hasher);
        var table = await tables.GetAsync(TableStorageNames.TalentPool, None);
        await table.AddEntityAsync(new TableEntity(TableKeys.LegacyCandidate(Address), "candidate") { ["OptedOut"] = true, ["OptedOutAt"] = DateTimeOffset.UtcNow }, None);

        var optedOut = await pool.IsOptedOutAsync(Address.ToUpperInvariant(), None);
        await pool.MarkOptedOutAsync(Address, DateTimeOffset.UtcNow, None);
        var keyedRowsBeforeErasure = await RowCountAsync(table, Stores.Hasher.Hash(Address));
        await pool.DeleteAsync(Address, None);

        Assert.True(optedOut);
        Assert.Equal(0, keyedRowsBeforeErasure);
        Assert.False(await pool.IsOptedOutAsync(Address, None));
        Assert.Equal(0, await RowCountAsync(table, TableKeys.LegacyCandidate(Address)));
    }

    [Fact]
    public async Task A_new_pool_entry_is_keyed_by_the_keyed_hash_not_the_plain_sha256()
    {
        var tables = Tables();
        var pool = new TableTalentPool(tables, Stores.Hasher);

        await pool.UpsertAsync(Samples.PoolEntry("new.row@example.com", "declined"), None);

        var table = await tables.GetAsync(TableStorageNames.TalentPool, None);
        Assert.Equal(1, await RowCountAsync(table, Stores.Hasher.Hash("new.row@example.com")));
        Assert.Equal(0, await RowCountAsync(table, TableKeys.LegacyCandidate("new.row@example.com")));
    }

    [Fact]
    public async Task A_report_row_holding_the_plain_sha256_is_still_found_for_an_erasure()
    {
        var tables = Tables();
        var interviews = new TableInterviewStore(tables, Stores.Hasher);
        await interviews.UpsertAsync(Samples.Report("iv-old-hash", Address), Samples.InterviewedAt, None);
        await interviews.UpsertAsync(Samples.Report("iv-new-hash", Address), Samples.InterviewedAt, None);
        var table = await tables.GetAsync(TableStorageNames.Interviews, None);
        var old = (await table.GetEntityAsync<TableEntity>("iv-old-hash", "report", cancellationToken: None)).Value;
        old["CandidateEmailHash"] = TableKeys.LegacyCandidate(Address);
        await table.UpdateEntityAsync(old, old.ETag, TableUpdateMode.Merge, None);

        var ids = await interviews.ListIdsByCandidateAsync(Address, None);

        Assert.Equal(["iv-new-hash", "iv-old-hash"], ids);
    }

    private FollowUpTables Tables() =>
        new(new TableServiceClient(azurite.ConnectionString), Stores.UniquePrefix(), NullLogger<FollowUpTables>.Instance);

    private static async Task<int> RowCountAsync(TableClient table, string partitionKey)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), cancellationToken: None))
        {
            count++;
        }

        return count;
    }
}
