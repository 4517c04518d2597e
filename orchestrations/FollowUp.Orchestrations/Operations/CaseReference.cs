namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// What a verified reply or opt-out token names: the case's nonce for cases started with one, or only
/// the interview id for tokens sent before cases had nonces. Callers resolve it against the case
/// record (<see cref="CaseReferences"/>), so a token of an erased case never reaches a later case under the same id.
/// </summary>
public sealed record CaseReference
{
    private CaseReference(string? interviewId, string? caseNonce)
    {
        InterviewId = interviewId;
        CaseNonce = caseNonce;
    }

    /// <summary>Set for tokens of cases without a nonce (issued before nonces, or for old cases still running).</summary>
    public string? InterviewId { get; }

    /// <summary>Set for tokens bound to one case (<see cref="Interviews.InterviewReport.CaseNonce"/>).</summary>
    public string? CaseNonce { get; }

    public static CaseReference ForInterview(string interviewId)
    {
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        return new CaseReference(interviewId, null);
    }

    public static CaseReference ForCase(string caseNonce)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseNonce);
        return new CaseReference(null, caseNonce);
    }
}
