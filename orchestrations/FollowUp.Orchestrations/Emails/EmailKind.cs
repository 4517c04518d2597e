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
}

public static class EmailKinds
{
    /// <summary>Candidate emails obey opt-out and the send window; owner emails always go out at once.</summary>
    public static bool IsForCandidate(this EmailKind kind) => kind < EmailKind.OwnerBookNow;
}
