using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Scheduling;

/// <summary>
/// The scheduling link: the candidate sees the owner's free slots and books one. A booking goes on
/// the way an owner's new reaction does (<c>proceed</c> with that date, through <see cref="InterviewReactions"/>),
/// so the confirmation with its invitation and the reminder come from the playbook as they always do;
/// the owner is told at once. The slot store decides races, so one slot is booked once.
/// </summary>
public sealed partial class CandidateScheduling(
    IReplyTokenMatcher tokens,
    CaseReferences cases,
    IInterviewStore interviews,
    ISlotStore slots,
    InterviewReactions reactions,
    SendEmail sendEmail,
    TimeProvider clock,
    ILogger<CandidateScheduling> logger)
{
    private const string ExpiredDiscriminator = "slots-expired";
    private const string BookedDiscriminator = "slot-booked";

    private readonly ILogger _logger = logger;

    public async Task<ScheduleResult> ShowAsync(DurableTaskClient durable, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var found = await FindCaseAsync(durable, token, cancellationToken).ConfigureAwait(false);
        if (Refusal(found) is { } refused)
        {
            return refused;
        }

        var (report, _, board, reader) = found!.Value;
        return await OpenOrExpiredAsync(report, board, reader, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ScheduleResult> BookAsync(DurableTaskClient durable, string? token, string? slotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var found = await FindCaseAsync(durable, token, cancellationToken).ConfigureAwait(false);
        if (Refusal(found) is { } refused)
        {
            return refused;
        }

        var (report, _, board, reader) = found!.Value;
        var now = clock.GetUtcNow();
        var chosen = InterviewSlot.IsWellFormedId(slotId) ? board.Slots.FirstOrDefault(s => s.Slot.Id == slotId) : null;
        if (chosen is null)
        {
            return new ScheduleResult.UnknownSlot(reader, Free(board, now));
        }

        if (chosen.BookedByOther || chosen.Slot.StartsAt <= now)
        {
            return await TakenOrExpiredAsync(report, board, reader, now, cancellationToken).ConfigureAwait(false);
        }

        var owner = SlotOwners.KeyOf(report.Owner.Email);
        var result = await slots.BookAsync(owner, report.InterviewId, chosen.Slot.Id, now, cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case SlotBookingResult.Booked booked:
                await ContinueAsProceedAsync(durable, report, booked.Slot, now, cancellationToken).ConfigureAwait(false);
                return new ScheduleResult.Booked(reader, booked.Slot);
            case SlotBookingResult.AlreadyBooked again:
                return new ScheduleResult.AlreadyBooked(reader, SlotOf(board, again.Booking.SlotId));
            case SlotBookingResult.Taken:
                var fresh = await slots.ReadAsync(owner, report.InterviewId, cancellationToken).ConfigureAwait(false);
                return await TakenOrExpiredAsync(report, fresh, reader, now, cancellationToken).ConfigureAwait(false);
            default:
                return new ScheduleResult.UnknownSlot(reader, Free(board, now));
        }
    }

    /// <summary>What stops a link before any slot is looked at: a bad token, a booking made before, a case that takes no booking.</summary>
    private static ScheduleResult? Refusal((InterviewReport Report, OrchestrationMetadata? Instance, SlotBoard Board, ScheduleReader Reader)? found)
    {
        if (found is not var (_, instance, board, reader))
        {
            return new ScheduleResult.InvalidLink();
        }

        if (board.Booking is { } existing)
        {
            return new ScheduleResult.AlreadyBooked(reader, SlotOf(board, existing.SlotId));
        }

        // An ended case is not reopened from a link: the team decides that, not a page left open in a browser.
        var closed = instance is not { IsCompleted: false } || (instance.StatusOrNull() is { } status && !SlotRules.Accepts(status));
        return closed ? new ScheduleResult.Closed(reader) : null;
    }

    private async Task ContinueAsProceedAsync(DurableTaskClient durable, InterviewReport report, InterviewSlot slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var change = new ReactionChange { Reaction = Reaction.Proceed, NextInterview = slot.ToNextInterview(), ReportedAt = now };
        var outcome = await reactions.ChangeAsync(durable, report.InterviewId, change, cancellationToken).ConfigureAwait(false);
        LogBooked(report.InterviewId, slot.Id, outcome.GetType().Name);

        // Keyed by the slot, so a retried request tells the owner once.
        var order = new EmailOrder { Kind = EmailKind.OwnerSlotBooked, Sequence = 0, Report = change.ApplyTo(report), Discriminator = $"{BookedDiscriminator}-{slot.Id}", OrderedAt = now };
        await TellOwnerAsync(order, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScheduleResult> OpenOrExpiredAsync(InterviewReport report, SlotBoard board, ScheduleReader reader, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (board.Slots.Count == 0)
        {
            return new ScheduleResult.NoSlots(reader);
        }

        var free = Free(board, now);
        return free.Count > 0 ? new ScheduleResult.Open(reader, free) : await ExpiredAsync(report, board, reader, now, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScheduleResult> TakenOrExpiredAsync(InterviewReport report, SlotBoard board, ScheduleReader reader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var free = Free(board, now);
        return free.Count > 0 || board.Slots.Any(s => s.Slot.StartsAt > now)
            ? new ScheduleResult.Taken(reader, free)
            : await ExpiredAsync(report, board, reader, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only when time ran out on every slot: slots booked by others are the owner's success, not a problem.</summary>
    private async Task<ScheduleResult> ExpiredAsync(InterviewReport report, SlotBoard board, ScheduleReader reader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (board.Slots.All(s => s.Slot.StartsAt <= now))
        {
            // The timeline key makes this once per case, however often the page is opened.
            var order = new EmailOrder { Kind = EmailKind.OwnerSlotsExpired, Sequence = 0, Report = report, Discriminator = ExpiredDiscriminator, OrderedAt = now };
            await TellOwnerAsync(order, cancellationToken).ConfigureAwait(false);
            return new ScheduleResult.Expired(reader);
        }

        return new ScheduleResult.Taken(reader, []);
    }

    private async Task TellOwnerAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        try
        {
            await sendEmail.SendAsync(order, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailDeliveryException failure)
        {
            // The candidate's booking stands either way; the case's status shows it to the owner.
            LogOwnerNotTold(order.InterviewId, order.Kind, failure.Message);
        }
    }

    private async Task<(InterviewReport Report, OrchestrationMetadata? Instance, SlotBoard Board, ScheduleReader Reader)?> FindCaseAsync(DurableTaskClient durable, string? token, CancellationToken cancellationToken)
    {
        var interviewId = tokens.TryMatchSchedule(token, out var reference)
            ? await cases.ResolveAsync(reference!, cancellationToken).ConfigureAwait(false)
            : null;
        var report = interviewId is null ? null : await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            LogInvalidLink();
            return null;
        }

        var instance = await durable.GetInstanceAsync(report.InterviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        var board = await slots.ReadAsync(SlotOwners.KeyOf(report.Owner.Email), report.InterviewId, cancellationToken).ConfigureAwait(false);
        return (report, instance, board, new ScheduleReader(report.Candidate.Locale, report.Candidate.TimeZone, report.Candidate.Name));
    }

    private static List<InterviewSlot> Free(SlotBoard board, DateTimeOffset now) => board.FreeAt(now).Select(s => s.Slot).ToList();

    private static InterviewSlot? SlotOf(SlotBoard board, string slotId) => board.Slots.FirstOrDefault(s => s.Slot.Id == slotId)?.Slot;

    [LoggerMessage(Level = LogLevel.Information, Message = "A scheduling link was refused: forged, of another purpose, or of a case that is gone")]
    private partial void LogInvalidLink();

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the candidate booked slot {SlotId} ({Outcome})")]
    private partial void LogBooked(string interviewId, string slotId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: the owner could not be sent {Kind}: {Reason}")]
    private partial void LogOwnerNotTold(string interviewId, EmailKind kind, string reason);
}
