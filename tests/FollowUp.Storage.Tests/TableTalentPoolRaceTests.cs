using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FollowUp.Storage.Tests;

/// <summary>
/// The ETag path made deterministic: another writer is let in between a writer's read and its
/// conditional write, so the write is refused (412) and must be merged again.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class TableTalentPoolRaceTests(AzuriteServer azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_tag_written_between_another_writers_read_and_write_is_kept()
    {
        var prefix = Stores.UniquePrefix();
        var other = Pool(prefix);
        var interloper = new InterleaveBeforeFirstConditionalWrite(() => other.UpsertAsync(Samples.PoolEntry("race@example.com", "declined"), None));
        var pool = Pool(prefix, interloper);
        await pool.UpsertAsync(Samples.PoolEntry("race@example.com", "pooled"), None);

        await pool.UpsertAsync(Samples.PoolEntry("race@example.com", "undecided"), None);

        Assert.Equal(1, interloper.PreconditionFailures);
        var found = await pool.FindAsync("race@example.com", None);
        Assert.Equal(["pooled", "declined", "undecided"], found!.Tags);
    }

    [Fact]
    public async Task An_opt_out_written_while_a_tag_lands_in_between_keeps_both()
    {
        var prefix = Stores.UniquePrefix();
        var other = Pool(prefix);
        var interloper = new InterleaveBeforeFirstConditionalWrite(() => other.UpsertAsync(Samples.PoolEntry("race@example.com", "no-response"), None));
        var pool = Pool(prefix, interloper);
        await pool.UpsertAsync(Samples.PoolEntry("race@example.com", "undecided"), None);

        await pool.MarkOptedOutAsync("race@example.com", Samples.InterviewedAt, None);

        Assert.Equal(1, interloper.PreconditionFailures);
        Assert.True(await pool.IsOptedOutAsync("race@example.com", None));
        Assert.Equal(["undecided", "no-response"], (await pool.FindAsync("race@example.com", None))!.Tags);
    }

    private TableTalentPool Pool(string prefix, HttpPipelinePolicy? policy = null)
    {
        var options = new TableClientOptions();
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new TableTalentPool(new FollowUpTables(new TableServiceClient(azurite.ConnectionString, options), prefix, NullLogger<FollowUpTables>.Instance), Stores.Hasher);
    }

    private sealed class InterleaveBeforeFirstConditionalWrite(Func<Task> interloper) : HttpPipelinePolicy
    {
        private int _conditionalWrites;

        public int PreconditionFailures { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The stores are asynchronous.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var conditional = message.Request.Headers.TryGetValue("If-Match", out var etag) && etag != "*";
            if (conditional && Interlocked.Increment(ref _conditionalWrites) == 1)
            {
                await interloper();
            }

            await ProcessNextAsync(message, pipeline);
            if (conditional && message.Response.Status == 412)
            {
                PreconditionFailures++;
            }
        }
    }
}
