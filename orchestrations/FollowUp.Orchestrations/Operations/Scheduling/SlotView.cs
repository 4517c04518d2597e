using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Operations.Scheduling;

/// <summary>One offered slot as the team sees it: whether this candidate booked it (and when), or someone else did.</summary>
public sealed record SlotView
{
    public required string Id { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required int DurationMinutes { get; init; }

    public required string With { get; init; }

    public required string Location { get; init; }

    public required DateTimeOffset OfferedAt { get; init; }

    /// <summary>When this case's candidate booked the slot; null when they did not.</summary>
    public DateTimeOffset? BookedAt { get; init; }

    /// <summary>Another candidate of the same owner booked it, so it is no longer offered here.</summary>
    public bool TakenByOther { get; init; }

    public static IReadOnlyList<SlotView> From(SlotBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return board.Slots.Select(s => new SlotView
        {
            Id = s.Slot.Id,
            StartsAt = s.Slot.StartsAt,
            DurationMinutes = s.Slot.DurationMinutes,
            With = s.Slot.With,
            Location = s.Slot.Location,
            OfferedAt = s.OfferedAt,
            BookedAt = board.Booking?.SlotId == s.Slot.Id ? board.Booking.BookedAt : null,
            TakenByOther = s.BookedByOther,
        }).ToList();
    }
}
