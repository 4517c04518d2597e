using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Scheduling;

/// <summary>
/// Adds or replaces the slots an open case offers, behind <c>PUT /api/interviews/{id}/slots</c>. The
/// slots live in the owner's slot store, not in the case's history, so no orchestration changes.
/// </summary>
public sealed partial class InterviewSlots(IInterviewStore interviews, ISlotStore slots, TimeProvider clock, ILogger<InterviewSlots> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<SlotOfferResult> ReplaceAsync(DurableTaskClient durable, string interviewId, IReadOnlyList<InterviewSlot> offered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        ArgumentNullException.ThrowIfNull(offered);
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        var report = instance is null ? null : await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false);
        if (instance is null || report is null)
        {
            return new SlotOfferResult.NotFound(interviewId);
        }

        if (instance.IsCompleted)
        {
            return new SlotOfferResult.NotOpen(interviewId, instance.RuntimeStatus.ToString(), "The follow-up has ended.");
        }

        if (instance.StatusOrNull() is not { } status || !SlotRules.Accepts(status))
        {
            return new SlotOfferResult.NotOpen(interviewId, instance.RuntimeStatus.ToString(), "Slots are offered only while the case is on proceed without a date, or on considering.");
        }

        var owner = SlotOwners.KeyOf(report.Owner.Email);
        await slots.OfferAsync(new SlotOffer(owner, interviewId, offered, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        LogOffered(interviewId, offered.Count);
        return new SlotOfferResult.Offered(interviewId, SlotView.From(await slots.ReadAsync(owner, interviewId, cancellationToken).ConfigureAwait(false)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Count} slots offered")]
    private partial void LogOffered(string interviewId, int count);
}
