using FollowUp.Email.Configuration;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tokens;

/// <summary>
/// What the HTTP layer calls: the case an inbound reply or an opt-out link belongs to, and the
/// addresses and links the dispatcher puts into candidate emails. A case with a nonce gets tokens
/// bound to it; a case started before nonces keeps tokens naming its interview id.
/// </summary>
public sealed class ReplyTokens(TokenService tokens, IOptions<EmailOptions> email, IOptions<PublicLinkOptions> links) : IReplyTokenMatcher
{
    private const string OptOutPath = "api/opt-out";
    private const string SchedulePath = "api/schedule";

    public ReplyAddress Mailbox { get; } = ReplyAddress.Parse(email.Value.EffectiveReplyAddress);

    /// <summary><c>local+token@domain</c> for replies about the case of <paramref name="report"/>.</summary>
    public string ReplyAddressFor(InterviewReport report) => Mailbox.WithToken(Issue(report, TokenPurpose.Reply));

    /// <summary><c>{PublicBaseUrl}/api/opt-out?token=…</c> for the candidate of <paramref name="report"/>.</summary>
    public Uri OptOutLinkFor(InterviewReport report) =>
        new(links.Value.BaseUri, $"{OptOutPath}?token={Issue(report, TokenPurpose.OptOut)}");

    /// <summary><c>{PublicBaseUrl}/api/schedule?token=…</c>: the page where the candidate of <paramref name="report"/> books a slot.</summary>
    public Uri ScheduleLinkFor(InterviewReport report) =>
        new(links.Value.BaseUri, $"{SchedulePath}?token={Issue(report, TokenPurpose.Schedule)}");

    /// <summary>The case of a scheduling link's <c>token</c>; a reply or opt-out token never matches here.</summary>
    public bool TryMatchSchedule(string? token, out CaseReference? reference) =>
        tokens.TryVerify(token, TokenPurpose.Schedule, out reference);

    /// <summary>The case an inbound email was sent to, found in its To/Cc/Delivered-To addresses.</summary>
    public bool TryMatchReply(IEnumerable<string> recipients, out CaseReference? reference)
    {
        reference = null;
        var token = Mailbox.FindToken(recipients);
        return token is not null && tokens.TryVerify(token, TokenPurpose.Reply, out reference);
    }

    /// <summary>The case of an opt-out link's <c>token</c> query value.</summary>
    public bool TryMatchOptOut(string? token, out CaseReference? reference) =>
        tokens.TryVerify(token, TokenPurpose.OptOut, out reference);

    private string Issue(InterviewReport report, TokenPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.CaseNonce is { } nonce ? tokens.IssueForCase(nonce, purpose) : tokens.Issue(report.InterviewId, purpose);
    }
}
