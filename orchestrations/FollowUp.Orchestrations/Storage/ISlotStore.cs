using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// The owner's offered slots and who booked them. Slots belong to the owner, not the case: a slot one
/// candidate booked is no longer free for another candidate of the same owner.
/// </summary>
public interface ISlotStore
{
    /// <summary>Replaces the slots the case offers (bookings are kept); safe to repeat.</summary>
    Task OfferAsync(SlotOffer offer, CancellationToken cancellationToken);

    /// <summary>The slots the case offers, each marked when someone booked it, and the case's own booking.</summary>
    Task<SlotBoard> ReadAsync(string ownerKey, string interviewId, CancellationToken cancellationToken);

    /// <summary>
    /// Books one of the case's offered slots: at most one booking per slot and one per case, even
    /// when several requests race (the loser gets <see cref="SlotBookingResult.Taken"/> or
    /// <see cref="SlotBookingResult.AlreadyBooked"/>).
    /// </summary>
    Task<SlotBookingResult> BookAsync(string ownerKey, string interviewId, string slotId, DateTimeOffset bookedAt, CancellationToken cancellationToken);

    /// <summary>Removes the case's offers and booking, which frees its slot for others; safe to repeat.</summary>
    /// <returns>The rows removed.</returns>
    Task<int> DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken);
}

/// <param name="OwnerKey">The owner's key (<see cref="SlotOwners.KeyOf"/>).</param>
public sealed record SlotOffer(string OwnerKey, string InterviewId, IReadOnlyList<InterviewSlot> Slots, DateTimeOffset OfferedAt);

/// <param name="BookedByOther">Someone else (another case of the owner) booked this slot.</param>
public sealed record OfferedSlot(InterviewSlot Slot, DateTimeOffset OfferedAt, bool BookedByOther);

public sealed record SlotBooking(string SlotId, DateTimeOffset BookedAt);

public sealed record SlotBoard(IReadOnlyList<OfferedSlot> Slots, SlotBooking? Booking)
{
    public static SlotBoard Empty { get; } = new([], null);

    /// <summary>The slots still open to this candidate: not booked by anyone and not begun.</summary>
    public IReadOnlyList<OfferedSlot> FreeAt(DateTimeOffset now) =>
        Slots.Where(s => !s.BookedByOther && s.Slot.StartsAt > now && s.Slot.Id != Booking?.SlotId).ToList();
}

public abstract record SlotBookingResult
{
    public sealed record Booked(InterviewSlot Slot, DateTimeOffset BookedAt) : SlotBookingResult;

    /// <summary>Another case booked the slot first.</summary>
    public sealed record Taken : SlotBookingResult;

    /// <summary>This case already holds a booking (through the same link).</summary>
    public sealed record AlreadyBooked(SlotBooking Booking) : SlotBookingResult;

    /// <summary>The case never offered this slot.</summary>
    public sealed record NotOffered : SlotBookingResult;
}

/// <summary>An owner's slots are grouped under a hash of their address, so storage keys never show it.</summary>
public static class SlotOwners
{
    public static string KeyOf(string ownerEmail) => CandidateKeys.Of(ownerEmail);
}
