namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// Finds the case behind a reply address or an opt-out link. A port because the signing lives
/// in the email library, which depends on this one; FollowUp.Email's <c>ReplyTokens</c> implements it.
/// What it returns is only what the token says: <see cref="CaseReferences"/> checks it against the case record.
/// </summary>
public interface IReplyTokenMatcher
{
    /// <summary>The case an inbound email was addressed to, from the first recipient carrying a valid reply token.</summary>
    bool TryMatchReply(IEnumerable<string> recipients, out CaseReference? reference);

    /// <summary>The case of an opt-out link's <c>token</c>; a reply token never matches here.</summary>
    bool TryMatchOptOut(string? token, out CaseReference? reference);

    /// <summary>The case of a scheduling link's <c>token</c>; only a token issued for scheduling matches.</summary>
    bool TryMatchSchedule(string? token, out CaseReference? reference);
}
