using System.Globalization;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Emails;

/// <summary>
/// One email the orchestration wants sent: which kind, about which interview, with the facts its
/// template needs. <see cref="Sequence"/> is the email's ordinal within the interview, so the same
/// order retried by the runtime has the same <see cref="MessageKey"/> and is sent once.
/// </summary>
public sealed record EmailOrder
{
    public required EmailKind Kind { get; init; }

    public required int Sequence { get; init; }

    public required InterviewReport Report { get; init; }

    public EmailDetails Details { get; init; } = EmailDetails.None;

    /// <summary>
    /// Tells apart emails sent outside the orchestration's numbering (a reply forwarded after the
    /// case ended), so their keys never meet one the orchestration used. Null for the playbook's own.
    /// </summary>
    public string? Discriminator { get; init; }

    /// <summary>
    /// When the report was accepted (the case's input), for the report → first email metric. Optional:
    /// orders recorded in histories before it existed deserialize without it.
    /// </summary>
    public DateTimeOffset? ReportedAt { get; init; }

    /// <summary>
    /// When the orchestration made the order (its deterministic clock): templates tell "today" from
    /// "the other day" by it, and an invitation's DTSTAMP is this. Null on orders recorded before it
    /// existed; readers then fall back to <see cref="ReportedAt"/>.
    /// </summary>
    public DateTimeOffset? OrderedAt { get; init; }

    public string InterviewId => Report.InterviewId;

    /// <summary>
    /// Deterministic identity of this email: the idempotency key of every transport. A case with a
    /// nonce has the nonce before the kind, so a later case reusing an erased case's interview id gets keys
    /// (ACS Operation-Id, pickup file, Message-ID) the old case never used; old cases keep theirs.
    /// </summary>
    public string MessageKey => (Discriminator, Report.CaseNonce) switch
    {
        (null, null) => string.Create(CultureInfo.InvariantCulture, $"{Report.InterviewId}/{Sequence:D3}/{Kind}"),
        (null, { } nonce) => string.Create(CultureInfo.InvariantCulture, $"{Report.InterviewId}/{Sequence:D3}/{nonce}/{Kind}"),
        ({ } discriminator, null) => string.Create(CultureInfo.InvariantCulture, $"{Report.InterviewId}/{Sequence:D3}-{discriminator}/{Kind}"),
        ({ } discriminator, { } nonce) => string.Create(CultureInfo.InvariantCulture, $"{Report.InterviewId}/{Sequence:D3}-{discriminator}/{nonce}/{Kind}"),
    };

    public bool IsForCandidate => Kind.IsForCandidate();

    /// <summary>The sequence in a <see cref="MessageKey"/> of <paramref name="interviewId"/>; 0 for any other key.</summary>
    public static int SequenceIn(string interviewId, string messageKey)
    {
        ArgumentNullException.ThrowIfNull(interviewId);
        ArgumentNullException.ThrowIfNull(messageKey);
        var prefix = interviewId + "/";
        if (!messageKey.StartsWith(prefix, StringComparison.Ordinal))
        {
            return 0;
        }

        var rest = messageKey.AsSpan(prefix.Length);
        var slash = rest.IndexOf('/');
        return slash > 0 && int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;
    }
}

/// <summary>The facts an email needs beyond the report itself.</summary>
public sealed record EmailDetails
{
    public static EmailDetails None { get; } = new();

    /// <summary>The candidate's reply, quoted text removed (<see cref="EmailKind.OwnerReplyReceived"/>).</summary>
    public CandidateReply? Reply { get; init; }

    /// <summary>The declined retrospective (<see cref="EmailKind.OwnerRetrospective"/>).</summary>
    public Retrospectives.Retrospective? Retrospective { get; init; }

    /// <summary>The candidate email that could not be delivered (<see cref="EmailKind.OwnerDeliveryFailed"/>).</summary>
    public EmailKind? FailedKind { get; init; }

    public string? FailureReason { get; init; }

    /// <summary>The activity that is stuck (<see cref="EmailKind.OwnerStepStuck"/>), e.g. <c>SendEmail</c>.</summary>
    public string? FailedStep { get; init; }

    /// <summary>When the stuck step first failed (<see cref="EmailKind.OwnerStepStuck"/>).</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>When the candidate goes back on the list (<see cref="EmailKind.UndecidedThanks"/>, pool notices).</summary>
    public DateTimeOffset? RecontactAt { get; init; }

    /// <summary>Which escalation this is when an owner is asked more than once (1 = first).</summary>
    public int Round { get; init; } = 1;

    /// <summary>What FollowUp did about the reply (<see cref="EmailKind.OwnerReplyReceived"/>).</summary>
    public Replies.ReplyOutcome? ReplyOutcome { get; init; }

    /// <summary>
    /// The candidate's own reply moved the case here: the email thanks them for getting back to us
    /// instead of thanking them for today's interview again.
    /// </summary>
    public bool FollowsReply { get; init; }

    /// <summary>
    /// For a candidate email: no earlier email of this case reached the candidate, so it may thank
    /// them for the meeting; otherwise it bridges from what came before. Null on orders recorded
    /// before it was known, which keep the wording they had (the first email's).
    /// </summary>
    public bool? FirstToCandidate { get; init; }

    /// <summary>
    /// A reply came while nurturing: the check-in still goes out at this time unless the owner reports a
    /// new reaction or the candidate opts out (<see cref="EmailKind.OwnerReplyReceived"/>).
    /// </summary>
    public DateTimeOffset? CheckInAt { get; init; }

    /// <summary>The candidate wrote back before: the check-in thanks them for it (<see cref="EmailKind.NurtureCheckIn"/>).</summary>
    public bool RepliedBefore { get; init; }

    /// <summary>
    /// The reply came before a booked interview and its reminder is held until the owner confirms the
    /// date or reports a new one (<see cref="EmailKind.OwnerReplyReceived"/>).
    /// </summary>
    public bool ReminderHeld { get; init; }

    /// <summary>
    /// The SEQUENCE of the calendar message this email carries (<see cref="EmailKind.ProceedConfirmation"/>,
    /// <see cref="EmailKind.InterviewCancelled"/>): raised on every new date, so calendars take the latest.
    /// Null on orders recorded before it existed, which carry 0.
    /// </summary>
    public int? InvitationSequence { get; init; }

    /// <summary>The booked interview that no longer stands (<see cref="EmailKind.InterviewCancelled"/>).</summary>
    public Interviews.NextInterview? CancelledInterview { get; init; }

    /// <summary>The confirmation replaces an earlier date (<see cref="EmailKind.ProceedConfirmation"/>).</summary>
    public bool Rescheduled { get; init; }
}

/// <summary>SEQUENCE numbers of one case's calendar messages: every message after the first is numbered higher.</summary>
public static class InvitationSequences
{
    public static int After(int? last) => last is { } previous ? previous + 1 : 0;
}
