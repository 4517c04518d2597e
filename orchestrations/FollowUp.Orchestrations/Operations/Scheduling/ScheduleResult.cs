using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Operations.Scheduling;

/// <summary>Who the scheduling page speaks to: their language, time zone and name.</summary>
public sealed record ScheduleReader(string Locale, string TimeZone, string CandidateName);

/// <summary>What the scheduling link led to; the HTTP surface maps it onto a page and its status.</summary>
public abstract record ScheduleResult
{
    /// <summary>The token is missing, forged, of another purpose or of a case that no longer holds it.</summary>
    public sealed record InvalidLink : ScheduleResult;

    /// <summary>A genuine link, but the case offers no slots (or is gone).</summary>
    public sealed record NoSlots(ScheduleReader Reader) : ScheduleResult;

    /// <summary>The slots still free, to choose from.</summary>
    public sealed record Open(ScheduleReader Reader, IReadOnlyList<InterviewSlot> Free) : ScheduleResult;

    /// <summary>Every offered slot has passed; the owner has been told.</summary>
    public sealed record Expired(ScheduleReader Reader) : ScheduleResult;

    /// <summary>Booked now: the case goes on as proceed with this date.</summary>
    public sealed record Booked(ScheduleReader Reader, InterviewSlot Slot) : ScheduleResult;

    /// <summary>The chosen slot was taken (or has passed) before this request; <paramref name="Free"/> is what is left.</summary>
    public sealed record Taken(ScheduleReader Reader, IReadOnlyList<InterviewSlot> Free) : ScheduleResult;

    /// <summary>The form named no slot the case offers.</summary>
    public sealed record UnknownSlot(ScheduleReader Reader, IReadOnlyList<InterviewSlot> Free) : ScheduleResult;

    /// <summary>This link has booked before; a change goes through a reply.</summary>
    public sealed record AlreadyBooked(ScheduleReader Reader, InterviewSlot? Slot) : ScheduleResult;

    /// <summary>The case has ended, or has a date from the team already: nothing to book here.</summary>
    public sealed record Closed(ScheduleReader Reader) : ScheduleResult;
}
