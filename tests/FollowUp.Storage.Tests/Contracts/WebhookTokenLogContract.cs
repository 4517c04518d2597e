using Azure.Data.Tables;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="IWebhookTokenLog"/> must do, checked against each implementation.</summary>
public abstract class WebhookTokenLogContract
{
    private const string Token = "odywxld3l7rdqsi6ppk7y4sp2w6haqvh7t6traxzt7l5ivbwy";

    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset KeepUntil = Now.AddMinutes(10);

    protected abstract Stores Stores { get; }

    private IWebhookTokenLog Log => Stores.WebhookTokens;

    [Fact]
    public async Task The_first_post_of_a_token_is_recorded()
    {
        var recorded = await Log.TryRecordAsync("mailgun", Token, Now, KeepUntil, None);

        Assert.True(recorded);
    }

    [Fact]
    public async Task A_token_seen_before_is_refused_while_it_is_kept()
    {
        await Log.TryRecordAsync("mailgun", Token, Now, KeepUntil, None);

        var again = await Log.TryRecordAsync("mailgun", Token, Now.AddMinutes(9), KeepUntil.AddMinutes(9), None);

        Assert.False(again);
    }

    [Fact]
    public async Task Concurrent_posts_of_one_token_record_it_exactly_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => Log.TryRecordAsync("mailgun", "burst-token", Now, KeepUntil, None))));

        Assert.Single(results, recorded => recorded);
    }

    [Fact]
    public async Task The_same_token_of_another_source_is_another_token()
    {
        await Log.TryRecordAsync("mailgun", Token, Now, KeepUntil, None);

        var other = await Log.TryRecordAsync("another", Token, Now, KeepUntil, None);

        Assert.True(other);
    }

    [Fact]
    public async Task A_token_whose_record_expired_is_recorded_again()
    {
        await Log.TryRecordAsync("mailgun", Token, Now, KeepUntil, None);

        var later = await Log.TryRecordAsync("mailgun", Token, KeepUntil.AddSeconds(1), KeepUntil.AddMinutes(10), None);

        Assert.True(later);
        Assert.False(await Log.TryRecordAsync("mailgun", Token, KeepUntil.AddSeconds(2), KeepUntil.AddMinutes(10), None));
    }

    [Fact]
    public async Task Tokens_with_characters_tables_forbid_are_told_apart()
    {
        Assert.True(await Log.TryRecordAsync("mailgun", "a/b#c?d", Now, KeepUntil, None));
        Assert.True(await Log.TryRecordAsync("mailgun", "a~2Fb#c?d", Now, KeepUntil, None));
        Assert.False(await Log.TryRecordAsync("mailgun", "a/b#c?d", Now, KeepUntil, None));
    }
}

public sealed class InMemoryWebhookTokenLogTests : WebhookTokenLogContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableWebhookTokenLogTests(AzuriteServer azurite) : WebhookTokenLogContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);

    [Fact]
    public async Task Expired_tokens_are_deleted_by_the_next_sweep_and_kept_ones_stay()
    {
        // Arrange
        var configuration = Stores.Configuration(
            ("AzureWebJobsStorage", azurite.ConnectionString),
            (TableStorageServiceCollectionExtensions.TablePrefixKey, Stores.UniquePrefix()));
        await using var provider = new ServiceCollection().AddFollowUpPlaybook(configuration).AddFollowUpTableStorage(configuration).BuildServiceProvider();
        var log = provider.GetRequiredService<IWebhookTokenLog>();
        var start = new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
        await log.TryRecordAsync("mailgun", "old-token", start, start.AddMinutes(10), CancellationToken.None);

        // Act
        var later = start + TableWebhookTokenLog.SweepInterval + TimeSpan.FromMinutes(1);
        await log.TryRecordAsync("mailgun", "new-token", later, later.AddMinutes(10), CancellationToken.None);

        // Assert
        var table = await provider.GetRequiredService<FollowUpTables>().GetAsync(TableStorageNames.WebhookTokens, CancellationToken.None);
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
        {
            rows.Add(row.RowKey);
        }

        Assert.Equal(["new-token"], rows);
    }
}
