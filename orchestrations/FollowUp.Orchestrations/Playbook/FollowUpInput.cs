using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// Everything one interview's orchestration needs, fixed when the report is accepted. A new reaction
/// continues the instance as new with the changed report and <see cref="CarryOver"/>.
/// </summary>
/// <param name="Fingerprint">Hash of the report as first submitted: a second submission with the same id is the same report only if this matches.</param>
/// <param name="Version">The playbook version that started the instance; a change to the playbook raises it and keeps the old path for instances already waiting.</param>
public sealed record FollowUpInput(
    InterviewReport Report,
    FollowUpPolicy Policy,
    DateTimeOffset ReceivedAt,
    string Fingerprint,
    int Version = FollowUpInput.CurrentVersion)
{
    /// <summary>
    /// 1: the first release; a wait is one timer, however long. 2: no execution waits longer than
    /// <see cref="Policy.FollowUpPolicy.MaxWaitPerExecution"/>; a longer wait continues as new with
    /// <see cref="Resume"/>. Version-1 instances keep their path until they continue as new.
    /// 3: the playbook closer to the recruiting team's (docs/playbook.md): nurture goes on past a
    /// reply, calendars follow reschedules and cancellations, a reply holds a booked interview's
    /// reminder, the pool entry is written before the owner is told of it, and only escalations count
    /// as escalations. Version-2 instances keep their path until their next reaction change.
    /// 4: a fresh report is recorded by the intake before its case starts (<see cref="RecordedByIntake"/>),
    /// so the case's first episode goes straight to its first email; a branch's independent same-day
    /// steps run together. Version-3 instances keep their path until their next reaction change.
    /// </summary>
    public const int CurrentVersion = 4;

    /// <summary>
    /// The first version whose intake records a fresh report (interview record and case list row)
    /// before scheduling, so the orchestration skips its RecordInterview activity for it: one durable
    /// round trip less per report (docs/architecture.md, "Storage work per report").
    /// </summary>
    public const int LeanIntakeVersion = 4;

    /// <summary>
    /// The first version that runs a branch's independent same-day steps together (undecided: thanks and
    /// pool entry; declined: thanks, retrospective and pool entry), so they cost one orchestration episode
    /// instead of one each. Emails keep their order: the owner's notices still follow what they mention.
    /// </summary>
    public const int ParallelSameDayStepsVersion = 4;

    /// <summary>The first version in which an undecided candidate's reply does not cancel the check-in.</summary>
    public const int NurtureSurvivesRepliesVersion = 3;

    /// <summary>The first version whose invitations raise SEQUENCE per new date and whose cases cancel a booked interview they drop.</summary>
    public const int CalendarUpdatesVersion = 3;

    /// <summary>The first version in which a reply before a booked interview holds its reminder until the owner confirms the date.</summary>
    public const int HeldReminderVersion = 3;

    /// <summary>
    /// The first version that writes a declined candidate's pool entry before the owner's notices that
    /// mention it, and counts only escalations (<see cref="Emails.EmailKinds.IsEscalation"/>) as such.
    /// </summary>
    public const int TruthfulOwnerNoticesVersion = 3;

    /// <summary>The first version that splits long waits across executions.</summary>
    public const int BoundedHistoryVersion = 2;

    /// <summary>The first version in which a read reply may move the case, and events still unhandled at the end are handled.</summary>
    public const int RepliesMoveCasesVersion = 2;

    /// <summary>
    /// The first version whose steps wait out failures with durable timers, show <see cref="NeedsAttention"/>
    /// and wait for a retry request instead of failing the case. Unreleased together with bounded history,
    /// so it shares the number.
    /// </summary>
    public const int PatientStepsVersion = 2;

    /// <summary>What earlier generations of this instance did; empty for a fresh report.</summary>
    public FollowUpCarryOver CarryOver { get; init; } = FollowUpCarryOver.None;

    /// <summary>Events the previous execution received but did not handle; handled first by this one.</summary>
    public CarriedEvents? Carried { get; init; }

    /// <summary>Set when this execution goes on with a wait the previous one started; null at a branch's start.</summary>
    public PlaybookResume? Resume { get; init; }

    /// <summary>
    /// The intake stored this very report before scheduling (version 4 on). Cleared for a reaction
    /// change, whose changed report the orchestration records itself.
    /// </summary>
    public bool RecordedByIntake { get; init; }
}

/// <summary>The state that survives a reaction change (continue-as-new).</summary>
/// <param name="EmailSequence">Emails ordered so far: keeps every email's message key unique across generations.</param>
/// <param name="ChangedByReply">This generation began because the candidate's reply was read as a new reaction.</param>
/// <param name="InvitedTo">The booked interview whose invitation stands in the candidate's calendar; null when none does.</param>
/// <param name="LastInvitationSequence">The SEQUENCE of the last calendar message sent (request or cancel); null before the first.</param>
public sealed record FollowUpCarryOver(
    int EmailSequence = 0,
    int CandidateEmails = 0,
    int Escalations = 0,
    bool OptedOut = false,
    DateTimeOffset? LastReplyAt = null,
    int ReactionChanges = 0,
    bool ChangedByReply = false,
    NextInterview? InvitedTo = null,
    int? LastInvitationSequence = null)
{
    public static FollowUpCarryOver None { get; } = new();
}
