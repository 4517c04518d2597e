using FollowUp.Email.Configuration;
using FollowUp.Orchestrations.Operations;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tokens;

/// <summary>
/// What the HTTP layer calls: the interview an inbound reply or an opt-out link belongs to, and the
/// addresses and links the dispatcher puts into candidate emails.
/// </summary>
public sealed class ReplyTokens(TokenService tokens, IOptions<EmailOptions> email, IOptions<PublicLinkOptions> links) : IReplyTokenMatcher
{
    private const string OptOutPath = "api/opt-out";

    public ReplyAddress Mailbox { get; } = ReplyAddress.Parse(email.Value.EffectiveReplyAddress);

    /// <summary><c>local+token@domain</c> for replies about <paramref name="interviewId"/>.</summary>
    public string ReplyAddressFor(string interviewId) => Mailbox.WithToken(tokens.Issue(interviewId, TokenPurpose.Reply));

    /// <summary><c>{PublicBaseUrl}/api/opt-out?token=…</c> for the candidate of <paramref name="interviewId"/>.</summary>
    public Uri OptOutLinkFor(string interviewId) =>
        new(links.Value.BaseUri, $"{OptOutPath}?token={tokens.Issue(interviewId, TokenPurpose.OptOut)}");

    /// <summary>The interview an inbound email was sent to, found in its To/Cc/Delivered-To addresses.</summary>
    public bool TryMatchReply(IEnumerable<string> recipients, out string interviewId)
    {
        interviewId = string.Empty;
        var token = Mailbox.FindToken(recipients);
        return token is not null && tokens.TryVerify(token, TokenPurpose.Reply, out interviewId);
    }

    /// <summary>The interview of an opt-out link's <c>token</c> query value.</summary>
    public bool TryMatchOptOut(string? token, out string interviewId) =>
        tokens.TryVerify(token, TokenPurpose.OptOut, out interviewId);
}
