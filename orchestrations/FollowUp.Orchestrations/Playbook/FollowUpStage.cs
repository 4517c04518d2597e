using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>Where an interview's follow-up stands, as an admin reads it in the custom status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FollowUpStage>))]
public enum FollowUpStage
{
    /// <summary>Report accepted, the same-day emails are going out.</summary>
    Received,

    /// <summary><c>proceed</c> without a date: the owner was asked to book, the candidate for availability.</summary>
    AwaitingBooking,

    /// <summary><c>proceed</c> with a date: confirmation sent, the reminder is planned.</summary>
    InterviewScheduled,

    /// <summary><c>considering</c>: thank-you with feedback sent, waiting for the answer.</summary>
    AwaitingReply,

    /// <summary><c>considering</c>: no answer in time, status check sent and owner alerted.</summary>
    StatusCheckSent,

    /// <summary><c>undecided</c>: in the talent pool, waiting for the re-contact date.</summary>
    Nurturing,

    /// <summary>The candidate wrote back; the owner has the reply.</summary>
    Replied,

    /// <summary><c>undecided</c>: the check-in went out, the owner was asked to reach out personally.</summary>
    CheckInSent,

    /// <summary><c>proceed</c> without a date: still no booking after the booking window, owner asked again.</summary>
    BookingOverdue,

    /// <summary><c>considering</c> with no answer at all: closed, candidate in the talent pool.</summary>
    NoResponse,

    /// <summary>The candidate declined: thanked, retrospective and pool entry done.</summary>
    Declined,

    /// <summary>
    /// <c>proceed</c> with a date (version 3): the candidate wrote back, perhaps to reschedule; the reminder
    /// waits for the owner to confirm the date or report a new one.
    /// </summary>
    ReminderHeld,
}
