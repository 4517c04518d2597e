using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FollowUp.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class FollowUpTablesTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Many_first_uses_at_once_share_one_table_client()
    {
        var tables = new FollowUpTables(new TableServiceClient(azurite.ConnectionString), Stores.UniquePrefix(), NullLogger<FollowUpTables>.Instance);

        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => tables.GetAsync(TableStorageNames.Timeline, CancellationToken.None))));

        Assert.All(clients, client => Assert.Same(clients[0], client));
        Assert.Equal(tables.Prefix + TableStorageNames.Timeline, clients[0].Name);
    }

    [Fact]
    public async Task Tables_are_created_under_the_prefix_only_when_used()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var tables = new FollowUpTables(service, Stores.UniquePrefix(), NullLogger<FollowUpTables>.Instance);

        await tables.GetAsync(TableStorageNames.TalentPool, CancellationToken.None);
        var created = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            if (table.Name.StartsWith(tables.Prefix, StringComparison.Ordinal))
            {
                created.Add(table.Name);
            }
        }

        Assert.Equal([tables.Prefix + TableStorageNames.TalentPool], created);
    }

    [Fact]
    public async Task A_failed_table_creation_is_not_remembered_and_the_next_use_tries_again()
    {
        var failOnce = new FailFirstRequest();
        var options = new TableClientOptions();
        options.AddPolicy(failOnce, HttpPipelinePosition.PerCall);
        var tables = new FollowUpTables(new TableServiceClient(azurite.ConnectionString, options), Stores.UniquePrefix(), NullLogger<FollowUpTables>.Instance);

        await Assert.ThrowsAsync<RequestFailedException>(() => tables.GetAsync(TableStorageNames.Timeline, CancellationToken.None));
        var table = await tables.GetAsync(TableStorageNames.Timeline, CancellationToken.None);

        await table.UpsertEntityAsync(new TableEntity("p", "r"));
    }

    /// <summary>Storage that is not up yet: the very first request fails, the rest go through.</summary>
    private sealed class FailFirstRequest : HttpPipelineSynchronousPolicy
    {
        private int _requests;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Interlocked.Increment(ref _requests) == 1)
            {
                throw new RequestFailedException(503, "storage is starting");
            }
        }
    }
}
