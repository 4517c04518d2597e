using FollowUp.Email.Configuration;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Voice;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tokens;

/// <summary>
/// The listening page's link, <c>{PublicBaseUrl}/api/voice?token=…</c>: a token of its own purpose,
/// bound to the case like the reply and opt-out tokens, so neither of those opens the recording.
/// </summary>
public sealed class VoiceLinks(TokenService tokens, IOptions<PublicLinkOptions> links) : IVoiceLinks
{
    private const string PagePath = "api/voice";

    public Uri LinkFor(InterviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var token = report.CaseNonce is { } nonce ? tokens.IssueForCase(nonce, TokenPurpose.Voice) : tokens.Issue(report.InterviewId, TokenPurpose.Voice);
        return new Uri(links.Value.BaseUri, $"{PagePath}?token={token}");
    }

    public bool TryMatch(string? token, out CaseReference? reference) =>
        tokens.TryVerify(token, TokenPurpose.Voice, out reference);
}
