using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Cases;

/// <summary>
/// How what an activity just did moves a case's list row. Pure, so each activity applies it inside the
/// store's read–merge–write and a retried activity lands on the same row. The next action's time is the
/// one the playbook plans for the same step under <paramref name="policy"/> (the policy in force now,
/// which a case started under an older policy may not share; the case view reads the orchestration's own).
/// </summary>
public sealed class CaseProjection(FollowUpPolicy policy)
{
    /// <summary>Days after a candidate's message from which our answer counts as slow (the playbook's yardstick).</summary>
    public const int SlowAnswerDays = 3;

    /// <summary>The report was recorded: a new case, or a new reaction that starts the case's next branch.</summary>
    public static CaseSummary Recorded(CaseSummary? row, InterviewReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fresh = Fresh(row, report, now);
        return fresh with { Reaction = report.Reaction, Stage = FollowUpStage.Received, NextAction = null, NextActionAt = null, UpdatedAt = now };
    }

    /// <summary>
    /// An email of the case went out (or was skipped for an opt-out). Counted once per sequence; a row
    /// missing because the case began before the list existed is created here from the order's report.
    /// </summary>
    public CaseSummary? Emailed(CaseSummary? row, EmailOrder order, bool sent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var current = Fresh(row, order.Report, order.ReportedAt ?? now);
        var firstTime = order.Discriminator is not null || order.Sequence > current.CountedThrough;
        if (!firstTime && row is not null)
        {
            return null;
        }

        var next = current with
        {
            CountedThrough = order.Discriminator is null ? Math.Max(current.CountedThrough, order.Sequence) : current.CountedThrough,
            UpdatedAt = now,
        };
        if (!sent)
        {
            return next with { OptedOut = true };
        }

        if (order.IsForCandidate)
        {
            next = next with
            {
                CandidateEmails = next.CandidateEmails + 1,
                FirstEmailAt = next.FirstEmailAt ?? now,
                NeedsAttention = false,
            };
        }
        else
        {
            next = next with { Escalations = next.Escalations + 1 };
        }

        return order.Discriminator is null ? Step(next, order, now) : Replied(next, order.Details.Reply);
    }

    private CaseSummary Step(CaseSummary row, EmailOrder order, DateTimeOffset now)
    {
        var zone = ZonedTime.FindZone(order.Report.Candidate.TimeZone) ?? ZonedTime.FindZone(policy.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        return order.Kind switch
        {
            EmailKind.ProceedConfirmation => Planned(row, FollowUpStage.InterviewScheduled, PlannedAction.SendInterviewReminder, Reminder(order, zone, now)),
            EmailKind.AskAvailability => Planned(row, FollowUpStage.AwaitingBooking, PlannedAction.EscalateBookingAgain, policy.BookingWindow.AddTo(now, zone)),
            EmailKind.OwnerBookNow when order.Details.Round > 1 => Planned(row, FollowUpStage.BookingOverdue, null, null),
            EmailKind.ConsideringThanks or EmailKind.ConsideringThanksVoice =>
                Planned(row, FollowUpStage.AwaitingReply, PlannedAction.SendStatusCheck, policy.SendWindow.NextOpening(policy.ReplyWindow.AddTo(now, zone), zone)),
            EmailKind.StatusCheck => Planned(row, FollowUpStage.StatusCheckSent, PlannedAction.CloseAsNoResponse, policy.NoResponseWindow.AddTo(now, zone)),
            EmailKind.OwnerNoResponseClosed => Planned(row, FollowUpStage.NoResponse, null, null),
            EmailKind.UndecidedThanks => Planned(row, FollowUpStage.Nurturing, PlannedAction.SendNurtureCheckIn,
                policy.SendWindow.NextOpening(order.Details.RecontactAt ?? policy.NurtureAfter.AddTo(order.Report.InterviewedAt, zone), zone)),
            EmailKind.NurtureCheckIn => Planned(row, FollowUpStage.CheckInSent, null, null),
            EmailKind.DeclinedThanks => Planned(row, FollowUpStage.Declined, null, null),
            EmailKind.InterviewReminder => row with { NextAction = null, NextActionAt = null },
            EmailKind.OwnerReplyReceived => Replied(row, order.Details.Reply) with
            {
                Stage = row.Stage == FollowUpStage.InterviewScheduled ? row.Stage : FollowUpStage.Replied,
            },
            EmailKind.OwnerDeliveryFailed or EmailKind.OwnerStepStuck => row with { NeedsAttention = true },
            _ => row,
        };
    }

    private DateTimeOffset? Reminder(EmailOrder order, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (order.Report.NextInterview is not { } next || policy.ReminderBefore.IsZero)
        {
            return null;
        }

        var due = policy.ReminderBefore.SubtractFrom(next.StartsAt, zone);
        var at = policy.SendWindow.NextOpening(due, zone);
        return due > now && at < next.StartsAt ? at : null;
    }

    private static CaseSummary Planned(CaseSummary row, FollowUpStage stage, PlannedAction? action, DateTimeOffset? at) =>
        row with { Stage = stage, NextAction = at is null ? null : action, NextActionAt = at };

    private static CaseSummary Replied(CaseSummary row, CandidateReply? reply) =>
        reply is null
            ? row
            : row with
            {
                Replies = row.Replies + 1,
                FirstReplyAt = row.FirstReplyAt is { } first && first <= reply.ReceivedAt ? first : reply.ReceivedAt,
                LastReplyAt = row.LastReplyAt is { } last && last >= reply.ReceivedAt ? last : reply.ReceivedAt,
            };

    private static CaseSummary Fresh(CaseSummary? row, InterviewReport report, DateTimeOffset reportedAt) =>
        (row ?? new CaseSummary
        {
            InterviewId = report.InterviewId,
            CandidateName = report.Candidate.Name,
            OwnerName = report.Owner.Name,
            OwnerEmail = report.Owner.Email,
            InterviewedAt = report.InterviewedAt,
            ReportedAt = reportedAt,
            Reaction = report.Reaction,
            Stage = FollowUpStage.Received,
            UpdatedAt = reportedAt,
        }) with
        {
            // A new reaction may come with the owner handing the case over.
            CandidateName = report.Candidate.Name,
            OwnerName = report.Owner.Name,
            OwnerEmail = report.Owner.Email,
            Reaction = report.Reaction,
            SlowCompanyAnswers = SlowAnswers(report.ContactTimeline),
        };

    /// <summary>Each candidate message whose next company message came <see cref="SlowAnswerDays"/> or more days later.</summary>
    public static int SlowAnswers(IReadOnlyList<ContactEvent> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var slow = 0;
        DateTimeOffset? waitingSince = null;
        foreach (var contact in timeline.OrderBy(c => c.At))
        {
            if (contact.Direction == ContactDirection.Candidate)
            {
                waitingSince ??= contact.At;
            }
            else if (waitingSince is { } since)
            {
                slow += contact.At - since >= TimeSpan.FromDays(SlowAnswerDays) ? 1 : 0;
                waitingSince = null;
            }
        }

        return slow;
    }
}
