using System.Text;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Interviews;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace FollowUp.Email.Rendering;

/// <summary>
/// The iCalendar invitation of the next interview, so the candidate adds it to their calendar in
/// one click. Times carry the candidate's time zone; the UID is stable per interview so a re-sent
/// confirmation updates the same calendar entry instead of adding a second one.
/// </summary>
internal static class InvitationBuilder
{
    public const string FileName = "invitation.ics";
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";

    public static OutgoingAttachment Build(InterviewReport report, string summary, string description)
    {
        var next = report.NextInterview ?? throw new ArgumentException("The report has no next interview.", nameof(report));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(report.Candidate.TimeZone);
        var start = TimeZoneInfo.ConvertTime(next.StartsAt, zone);
        var end = TimeZoneInfo.ConvertTime(next.EndsAt, zone);

        var calendar = new Calendar { Method = "REQUEST" };
        // Full STANDARD/DAYLIGHT rules, so calendars without an IANA database (Outlook) place it right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, start.DateTime.AddYears(-1), includeHistoricalData: false));
        var invitation = new CalendarEvent
        {
            Uid = $"{report.InterviewId}-next-interview@followup",
            Summary = HeaderText.SingleLine(summary),
            Description = description,
            Location = next.Location,
            Start = new CalDateTime(start.DateTime, zone.Id),
            End = new CalDateTime(end.DateTime, zone.Id),
            DtStamp = new CalDateTime(report.InterviewedAt.UtcDateTime, "UTC"),
            Organizer = new Organizer($"mailto:{report.Owner.Email}") { CommonName = report.Owner.Name },
            Sequence = 0,
        };
        invitation.Attendees.Add(new Attendee($"mailto:{report.Candidate.Email}")
        {
            CommonName = report.Candidate.Name,
            Rsvp = true,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
        });
        calendar.Events.Add(invitation);

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new OutgoingAttachment(FileName, ContentType, Encoding.UTF8.GetBytes(text));
    }
}
