using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="ITimeline"/> must do, checked against each implementation.</summary>
public abstract class TimelineContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task A_recorded_entry_reads_back_unchanged_to_the_tick()
    {
        var entry = Samples.TimelineEntry("iv-1", "thank-you", Samples.InterviewedAt.AddTicks(1_234_567));

        await Stores.Timeline.RecordAsync(entry, None);

        Assert.Equal(entry, await Stores.Timeline.FindAsync("iv-1", "thank-you", None));
    }

    [Fact]
    public async Task An_entry_without_an_operation_id_reads_back_without_one()
    {
        var entry = new TimelineEntry("iv-1", "skipped", Samples.InterviewedAt, TimelineEntryKind.EmailSkipped, "ThankYou: candidate opted out");

        await Stores.Timeline.RecordAsync(entry, None);

        Assert.Equal(entry, await Stores.Timeline.FindAsync("iv-1", "skipped", None));
    }

    [Fact]
    public async Task A_reply_entry_reads_back_with_its_reading_and_what_was_done()
    {
        var reply = new ReplyRecord(ReplyIntent.Decline, 0.875, "今回は辞退させていただきます。", ReplyOutcome.MovedToDeclined);
        var entry = new TimelineEntry("iv-1", "reply/abc", Samples.InterviewedAt, TimelineEntryKind.CandidateReplied, "Reply from the candidate", Reply: reply);

        await Stores.Timeline.RecordAsync(entry, None);

        Assert.Equal(entry, await Stores.Timeline.FindAsync("iv-1", "reply/abc", None));
    }

    [Fact]
    public async Task Writing_the_same_timeline_key_twice_keeps_one_entry()
    {
        await Stores.Timeline.RecordAsync(Samples.TimelineEntry("iv-1", "thank-you", Samples.InterviewedAt, "ThankYou: failed"), None);
        var retried = Samples.TimelineEntry("iv-1", "thank-you", Samples.InterviewedAt.AddMinutes(1), "ThankYou: Pickup");

        await Stores.Timeline.RecordAsync(retried, None);

        Assert.Equal([retried], await Stores.Timeline.ListAsync("iv-1", None));
    }

    [Fact]
    public async Task Keys_with_characters_tables_forbid_are_kept_apart_and_read_back()
    {
        string[] keys = ["a/b", "a#b", "a?b", "a\\b", "a~2Fb", "tab\there", "<CAF=abc@mail.example.com>"];
        var at = Samples.InterviewedAt;

        foreach (var key in keys)
        {
            await Stores.Timeline.RecordAsync(Samples.TimelineEntry("iv-1", key, at = at.AddSeconds(1)), None);
        }

        Assert.Equal(keys, (await Stores.Timeline.ListAsync("iv-1", None)).Select(e => e.Key));
        Assert.Equal("a/b", (await Stores.Timeline.FindAsync("iv-1", "a/b", None))?.Key);
    }

    [Fact]
    public async Task The_history_lists_in_time_order_and_only_the_interviews_own_entries()
    {
        var late = Samples.TimelineEntry("iv-1", "a-reminder", Samples.InterviewedAt.AddDays(2));
        var early = Samples.TimelineEntry("iv-1", "z-thank-you", Samples.InterviewedAt.AddMinutes(1));
        await Stores.Timeline.RecordAsync(late, None);
        await Stores.Timeline.RecordAsync(early, None);
        await Stores.Timeline.RecordAsync(Samples.TimelineEntry("iv-2", "thank-you", Samples.InterviewedAt), None);

        var history = await Stores.Timeline.ListAsync("iv-1", None);

        Assert.Equal([early, late], history);
    }

    [Fact]
    public async Task An_unknown_key_is_not_found()
    {
        Assert.Null(await Stores.Timeline.FindAsync("iv-1", "never", None));
        Assert.Empty(await Stores.Timeline.ListAsync("iv-none", None));
    }

    [Fact]
    public async Task Deleting_a_timeline_removes_every_entry_of_that_interview_only()
    {
        await Stores.Timeline.RecordAsync(Samples.TimelineEntry("iv-1", "a", Samples.InterviewedAt), None);
        await Stores.Timeline.RecordAsync(Samples.TimelineEntry("iv-1", "b", Samples.InterviewedAt), None);
        var other = Samples.TimelineEntry("iv-2", "a", Samples.InterviewedAt);
        await Stores.Timeline.RecordAsync(other, None);

        await Stores.Timeline.DeleteAsync("iv-1", None);
        await Stores.Timeline.DeleteAsync("iv-1", None);

        Assert.Empty(await Stores.Timeline.ListAsync("iv-1", None));
        Assert.Equal([other], await Stores.Timeline.ListAsync("iv-2", None));
    }
}

public sealed class InMemoryTimelineTests : TimelineContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableTimelineTests(AzuriteServer azurite) : TimelineContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
