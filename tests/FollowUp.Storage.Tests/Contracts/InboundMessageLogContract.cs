using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="Orchestrations.Storage.IInboundMessageLog"/> must do, checked against each implementation.</summary>
public abstract class InboundMessageLogContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task The_first_delivery_of_a_message_is_recorded()
    {
        var recorded = await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt, None);

        Assert.True(recorded);
    }

    [Fact]
    public async Task A_duplicate_inbound_message_id_is_refused()
    {
        await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt, None);

        var again = await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt.AddMinutes(1), None);

        Assert.False(again);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_message_record_it_exactly_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => Stores.InboundMessages.TryRecordAsync("<burst@mail.example.com>", "iv-1", Samples.InterviewedAt, None))));

        Assert.Single(results, recorded => recorded);
    }

    [Fact]
    public async Task A_message_tells_when_it_was_first_recorded_and_an_unknown_one_tells_nothing()
    {
        await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt, None);
        await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt.AddMinutes(5), None);

        var first = await Stores.InboundMessages.RecordedAtAsync("<reply-1@mail.example.com>", "iv-1", None);
        var unknown = await Stores.InboundMessages.RecordedAtAsync("<reply-1@mail.example.com>", "iv-2", None);

        Assert.Equal(Samples.InterviewedAt, first);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task Message_ids_with_characters_tables_forbid_are_told_apart()
    {
        Assert.True(await Stores.InboundMessages.TryRecordAsync("a/b#c?d", "iv-1", Samples.InterviewedAt, None));
        Assert.True(await Stores.InboundMessages.TryRecordAsync("a~2Fb#c?d", "iv-1", Samples.InterviewedAt, None));
        Assert.False(await Stores.InboundMessages.TryRecordAsync("a/b#c?d", "iv-1", Samples.InterviewedAt, None));
    }

    [Fact]
    public async Task After_the_interviews_messages_are_forgotten_the_same_id_records_again()
    {
        await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt, None);
        await Stores.InboundMessages.TryRecordAsync("<reply-2@mail.example.com>", "iv-2", Samples.InterviewedAt, None);

        await Stores.InboundMessages.DeleteForInterviewAsync("iv-1", None);
        await Stores.InboundMessages.DeleteForInterviewAsync("iv-1", None);

        Assert.True(await Stores.InboundMessages.TryRecordAsync("<reply-1@mail.example.com>", "iv-1", Samples.InterviewedAt, None));
        Assert.False(await Stores.InboundMessages.TryRecordAsync("<reply-2@mail.example.com>", "iv-2", Samples.InterviewedAt, None));
    }
}

public sealed class InMemoryInboundMessageLogTests : InboundMessageLogContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableInboundMessageLogTests(AzuriteServer azurite) : InboundMessageLogContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
