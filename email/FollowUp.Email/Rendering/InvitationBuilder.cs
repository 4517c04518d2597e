using System.Text;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Interviews;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace FollowUp.Email.Rendering;

/// <summary>
/// The iCalendar message of the next interview, so the candidate adds it to their calendar in one
/// click. Times carry the candidate's time zone. The UID is the case's, whatever the date, and
/// SEQUENCE rises with every message (RFC 5546): a new date moves the same calendar entry, and a
/// cancel removes it, instead of a client keeping the first one or adding a second.
/// </summary>
internal static class InvitationBuilder
{
    public const string FileName = "invitation.ics";
    public const string RequestContentType = "text/calendar; method=REQUEST; charset=utf-8";
    public const string CancelContentType = "text/calendar; method=CANCEL; charset=utf-8";

    private const string Request = "REQUEST";
    private const string Cancel = "CANCEL";

    /// <param name="sequence">SEQUENCE: higher than that of every earlier message of the case.</param>
    /// <param name="stampedAt">DTSTAMP: when the message was made.</param>
    /// <param name="cancel">A CANCEL of <paramref name="next"/> rather than a REQUEST.</param>
    public static OutgoingAttachment Build(InterviewReport report, NextInterview next, string summary, string description, int sequence, DateTimeOffset stampedAt, bool cancel)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(next);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(report.Candidate.TimeZone);
        var start = TimeZoneInfo.ConvertTime(next.StartsAt, zone);
        var end = TimeZoneInfo.ConvertTime(next.EndsAt, zone);

        var calendar = new Calendar { Method = cancel ? Cancel : Request };
        // Full STANDARD/DAYLIGHT rules, so calendars without an IANA database (Outlook) place it right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, start.DateTime.AddYears(-1), includeHistoricalData: false));
        var invitation = new CalendarEvent
        {
            Uid = Uid(report.InterviewId),
            Summary = HeaderText.SingleLine(summary),
            Description = description,
            Location = next.Location,
            Start = new CalDateTime(start.DateTime, zone.Id),
            End = new CalDateTime(end.DateTime, zone.Id),
            DtStamp = new CalDateTime(stampedAt.UtcDateTime, "UTC"),
            Organizer = new Organizer($"mailto:{report.Owner.Email}") { CommonName = report.Owner.Name },
            Sequence = sequence,
        };
        if (cancel)
        {
            invitation.Status = "CANCELLED";
        }

        invitation.Attendees.Add(new Attendee($"mailto:{report.Candidate.Email}")
        {
            CommonName = report.Candidate.Name,
            Rsvp = !cancel,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
        });
        calendar.Events.Add(invitation);

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new OutgoingAttachment(FileName, cancel ? CancelContentType : RequestContentType, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>One per case, so every message about its next interview names the same calendar entry.</summary>
    public static string Uid(string interviewId) => $"{interviewId}-next-interview@followup";
}
