using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="Orchestrations.Storage.IRetrospectiveStore"/> must do, checked against each implementation.</summary>
public abstract class RetrospectiveStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task A_retrospective_reads_back_with_its_late_replies()
    {
        var retrospective = RetrospectiveRules.Build(Samples.Report("iv-declined"));

        await Stores.Retrospectives.UpsertAsync(retrospective, None);
        var found = await Stores.Retrospectives.FindAsync("iv-declined", None);

        Assert.NotNull(found);
        Assert.True(found.TimelineKnown);
        var late = Assert.Single(found.LateReplies);
        Assert.Equal(retrospective.LateReplies[0], late);
    }

    [Fact]
    public async Task Writing_a_retrospective_again_replaces_it()
    {
        await Stores.Retrospectives.UpsertAsync(RetrospectiveRules.Build(Samples.Report("iv-declined")), None);

        await Stores.Retrospectives.UpsertAsync(new Retrospective { InterviewId = "iv-declined", TimelineKnown = false }, None);
        var found = await Stores.Retrospectives.FindAsync("iv-declined", None);

        Assert.False(found!.TimelineKnown);
        Assert.Empty(found.LateReplies);
    }

    [Fact]
    public async Task A_deleted_retrospective_is_gone_and_deleting_it_again_is_harmless()
    {
        await Stores.Retrospectives.UpsertAsync(RetrospectiveRules.Build(Samples.Report("iv-declined")), None);

        await Stores.Retrospectives.DeleteAsync("iv-declined", None);
        await Stores.Retrospectives.DeleteAsync("iv-declined", None);

        Assert.Null(await Stores.Retrospectives.FindAsync("iv-declined", None));
    }
}

public sealed class InMemoryRetrospectiveStoreTests : RetrospectiveStoreContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableRetrospectiveStoreTests(AzuriteServer azurite) : RetrospectiveStoreContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
