using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Emails;

/// <summary>Every email the playbook sends. Each kind has its own template in Japanese and English.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmailKind>))]
public enum EmailKind
{
    // To the candidate.
    ProceedConfirmation,
    AskAvailability,
    InterviewReminder,
    ConsideringThanks,
    ConsideringThanksVoice,
    StatusCheck,
    UndecidedThanks,
    NurtureCheckIn,
    DeclinedThanks,

    // To the owner.
    OwnerBookNow,
    OwnerNoReply,
    OwnerReplyReceived,
    OwnerNoResponseClosed,
    OwnerNurtureReachOut,
    OwnerRetrospective,
    OwnerSnsConnect,
    OwnerDeliveryFailed,

    /// <summary>A step kept failing past the case's patience (or a store refused it): the case waits for <c>POST …/retry</c>.</summary>
    OwnerStepStuck,

    /// <summary>A report for a candidate whose data was erased: accepted, nothing sent to them, and the owner told why.</summary>
    OwnerCandidateErased,

    // To the candidate again, numbered last so no earlier kind's number moves.

    /// <summary>A booked interview no longer stands (case cancelled, reaction changed away from a date): a calendar CANCEL.</summary>
    InterviewCancelled,

    // To the owner, from the scheduling page.
    /// <summary>The candidate booked one of the offered slots; the case goes on as proceed with that date.</summary>
    OwnerSlotBooked,

    /// <summary>The candidate opened the scheduling link after every offered slot had passed.</summary>
    OwnerSlotsExpired,
}

public static class EmailKinds
{
    /// <summary>Candidate emails obey opt-out and the send window; owner emails always go out at once.</summary>
    public static bool IsForCandidate(this EmailKind kind) => kind < EmailKind.OwnerBookNow || kind == EmailKind.InterviewCancelled;

    /// <summary>
    /// Owner emails that ask a person to step in because the playbook alone did not get an answer or
    /// could not go on; notices (a reply, the retrospective, the SNS reminder) are not escalations.
    /// </summary>
    public static bool IsEscalation(this EmailKind kind) =>
        kind is EmailKind.OwnerBookNow or EmailKind.OwnerNoReply or EmailKind.OwnerNurtureReachOut
            or EmailKind.OwnerDeliveryFailed or EmailKind.OwnerStepStuck;
}
