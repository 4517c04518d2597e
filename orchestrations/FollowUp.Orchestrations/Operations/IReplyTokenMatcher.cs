namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// Finds the interview behind a reply address or an opt-out link. A port because the signing lives
/// in the email library, which depends on this one; FollowUp.Email's <c>ReplyTokens</c> implements it.
/// </summary>
public interface IReplyTokenMatcher
{
    /// <summary>The interview an inbound email was addressed to, from the first recipient carrying a valid reply token.</summary>
    bool TryMatchReply(IEnumerable<string> recipients, out string interviewId);

    /// <summary>The interview of an opt-out link's <c>token</c>; a reply token never matches here.</summary>
    bool TryMatchOptOut(string? token, out string interviewId);
}
