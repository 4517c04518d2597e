using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations;

namespace FollowUp.Orchestrations.Voice;

/// <summary>
/// The signed link of a case's listening page, and the case a link's token names. A port because the
/// signing lives in the email library, which depends on this one; FollowUp.Email's <c>VoiceLinks</c> implements it.
/// </summary>
public interface IVoiceLinks
{
    /// <summary><c>{PublicBaseUrl}/api/voice?token=…</c>, bound to the case of <paramref name="report"/>.</summary>
    Uri LinkFor(InterviewReport report);

    /// <summary>The case of a listening link's <c>token</c>; a reply or opt-out token never matches here.</summary>
    bool TryMatch(string? token, out CaseReference? reference);
}
