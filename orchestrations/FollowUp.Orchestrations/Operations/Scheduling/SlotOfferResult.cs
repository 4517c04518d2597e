namespace FollowUp.Orchestrations.Operations.Scheduling;

/// <summary>What became of new slots for a case; the HTTP surface maps it onto its answer.</summary>
public abstract record SlotOfferResult
{
    public sealed record Offered(string InterviewId, IReadOnlyList<SlotView> Slots) : SlotOfferResult;

    /// <summary>The case has ended, or is on a branch that does not wait for a date (booked, undecided, declined).</summary>
    public sealed record NotOpen(string InterviewId, string RuntimeStatus, string Reason) : SlotOfferResult;

    public sealed record NotFound(string InterviewId) : SlotOfferResult;
}
