using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local slots for tests; one lock stands in for the table's conditional inserts.</summary>
public sealed class InMemorySlotStore : ISlotStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Owner, string InterviewId), SlotOffer> _offers = [];
    private readonly Dictionary<(string Owner, string SlotId), string> _slotHolders = [];
    private readonly Dictionary<(string Owner, string InterviewId), SlotBooking> _bookings = [];

    public Task OfferAsync(SlotOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        lock (_gate)
        {
            _offers[(offer.OwnerKey, offer.InterviewId)] = offer;
        }

        return Task.CompletedTask;
    }

    public Task<SlotBoard> ReadAsync(string ownerKey, string interviewId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_offers.TryGetValue((ownerKey, interviewId), out var offer))
            {
                return Task.FromResult(_bookings.TryGetValue((ownerKey, interviewId), out var only) ? new SlotBoard([], only) : SlotBoard.Empty);
            }

            var slots = offer.Slots
                .OrderBy(s => s.StartsAt)
                .Select(s => new OfferedSlot(s, offer.OfferedAt, _slotHolders.TryGetValue((ownerKey, s.Id), out var holder) && holder != interviewId))
                .ToList();
            return Task.FromResult(new SlotBoard(slots, _bookings.GetValueOrDefault((ownerKey, interviewId))));
        }
    }

    public Task<SlotBookingResult> BookAsync(string ownerKey, string interviewId, string slotId, DateTimeOffset bookedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            InterviewSlot? slot = _offers.TryGetValue((ownerKey, interviewId), out var offer) ? offer.Slots.FirstOrDefault(s => s.Id == slotId) : null;
            if (slot is null)
            {
                return Task.FromResult<SlotBookingResult>(new SlotBookingResult.NotOffered());
            }

            if (_bookings.TryGetValue((ownerKey, interviewId), out var existing))
            {
                return Task.FromResult<SlotBookingResult>(new SlotBookingResult.AlreadyBooked(existing));
            }

            if (!_slotHolders.TryAdd((ownerKey, slotId), interviewId))
            {
                return Task.FromResult<SlotBookingResult>(new SlotBookingResult.Taken());
            }

            _bookings[(ownerKey, interviewId)] = new SlotBooking(slotId, bookedAt);
            return Task.FromResult<SlotBookingResult>(new SlotBookingResult.Booked(slot, bookedAt));
        }
    }

    public Task<int> DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var removed = 0;
            foreach (var key in _offers.Keys.Where(k => k.InterviewId == interviewId).ToList())
            {
                removed += _offers[key].Slots.Count;
                _offers.Remove(key);
            }

            foreach (var key in _bookings.Keys.Where(k => k.InterviewId == interviewId).ToList())
            {
                _bookings.Remove(key);
                removed++;
            }

            foreach (var key in _slotHolders.Where(h => h.Value == interviewId).Select(h => h.Key).ToList())
            {
                _slotHolders.Remove(key);
                removed++;
            }

            return Task.FromResult(removed);
        }
    }
}
