using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="ISlotStore"/> must do, checked against each implementation.</summary>
public abstract class SlotStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Owner = SlotOwners.KeyOf("owner@example.com");

    protected abstract Stores Stores { get; }

    private static InterviewSlot Slot(int day, string with = "山根") => new()
    {
        StartsAt = new DateTimeOffset(2026, 12, day, 10, 0, 0, TimeSpan.FromHours(9)),
        DurationMinutes = 45,
        With = with,
        Location = "https://meet.example.com/abc",
    };

    private Task Offer(string interviewId, params InterviewSlot[] slots) =>
        Stores.Slots.OfferAsync(new SlotOffer(Owner, interviewId, slots, Now), None);

    [Fact]
    public async Task Offered_slots_read_back_in_time_order_with_no_booking()
    {
        await Offer("iv-a", Slot(5), Slot(3));

        var board = await Stores.Slots.ReadAsync(Owner, "iv-a", None);

        Assert.Equal([Slot(3), Slot(5)], board.Slots.Select(s => s.Slot));
        Assert.All(board.Slots, s => Assert.False(s.BookedByOther));
        Assert.Null(board.Booking);
    }

    [Fact]
    public async Task Offering_again_replaces_the_slots_of_the_case_only()
    {
        await Offer("iv-a", Slot(3), Slot(4));
        await Offer("iv-b", Slot(4));

        await Offer("iv-a", Slot(6));

        Assert.Equal([Slot(6)], (await Stores.Slots.ReadAsync(Owner, "iv-a", None)).Slots.Select(s => s.Slot));
        Assert.Equal([Slot(4)], (await Stores.Slots.ReadAsync(Owner, "iv-b", None)).Slots.Select(s => s.Slot));
    }

    [Fact]
    public async Task A_slot_booked_by_one_candidate_shows_as_taken_to_another_of_the_same_owner()
    {
        await Offer("iv-a", Slot(3), Slot(4));
        await Offer("iv-b", Slot(3));

        var booked = await Stores.Slots.BookAsync(Owner, "iv-a", Slot(3).Id, Now, None);
        var other = await Stores.Slots.ReadAsync(Owner, "iv-b", None);
        var late = await Stores.Slots.BookAsync(Owner, "iv-b", Slot(3).Id, Now, None);

        Assert.Equal(Slot(3), Assert.IsType<SlotBookingResult.Booked>(booked).Slot);
        Assert.True(Assert.Single(other.Slots).BookedByOther);
        Assert.Empty(other.FreeAt(Now));
        Assert.IsType<SlotBookingResult.Taken>(late);
    }

    [Fact]
    public async Task A_second_booking_through_the_same_case_is_refused_with_the_first()
    {
        await Offer("iv-a", Slot(3), Slot(4));
        await Stores.Slots.BookAsync(Owner, "iv-a", Slot(3).Id, Now, None);

        var again = await Stores.Slots.BookAsync(Owner, "iv-a", Slot(4).Id, Now, None);
        var board = await Stores.Slots.ReadAsync(Owner, "iv-a", None);

        Assert.Equal(Slot(3).Id, Assert.IsType<SlotBookingResult.AlreadyBooked>(again).Booking.SlotId);
        Assert.Equal(new SlotBooking(Slot(3).Id, Now), board.Booking);
        Assert.False(board.Slots.Single(s => s.Slot == Slot(3)).BookedByOther);
    }

    [Fact]
    public async Task A_slot_the_case_never_offered_cannot_be_booked()
    {
        await Offer("iv-a", Slot(3));

        var result = await Stores.Slots.BookAsync(Owner, "iv-a", Slot(9).Id, Now, None);

        Assert.IsType<SlotBookingResult.NotOffered>(result);
        Assert.Null((await Stores.Slots.ReadAsync(Owner, "iv-a", None)).Booking);
    }

    [Fact]
    public async Task Candidates_racing_for_one_slot_get_exactly_one_booking()
    {
        var cases = Enumerable.Range(0, 8).Select(i => $"iv-race-{i}").ToList();
        foreach (var id in cases)
        {
            await Offer(id, Slot(3));
        }

        var results = await Task.WhenAll(cases.Select(id => Stores.Slots.BookAsync(Owner, id, Slot(3).Id, Now, None)));

        Assert.Single(results, r => r is SlotBookingResult.Booked);
        Assert.Equal(cases.Count - 1, results.Count(r => r is SlotBookingResult.Taken));
    }

    [Fact]
    public async Task Erasing_a_case_removes_its_offers_and_frees_its_slot()
    {
        await Offer("iv-a", Slot(3));
        await Offer("iv-b", Slot(3));
        await Stores.Slots.BookAsync(Owner, "iv-a", Slot(3).Id, Now, None);

        var removed = await Stores.Slots.DeleteForInterviewAsync("iv-a", None);
        await Stores.Slots.DeleteForInterviewAsync("iv-a", None);

        Assert.Equal(3, removed);
        Assert.Equal(SlotBoard.Empty, await Stores.Slots.ReadAsync(Owner, "iv-a", None) with { Slots = [] });
        Assert.False(Assert.Single((await Stores.Slots.ReadAsync(Owner, "iv-b", None)).Slots).BookedByOther);
    }
}

public sealed class InMemorySlotStoreTests : SlotStoreContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableSlotStoreTests(AzuriteServer azurite) : SlotStoreContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
