namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// The answer body of <c>POST /api/inbound-email</c> for a delivery the API accepted: <c>matched</c>
/// (raised on the interview) or <c>ignored</c> with a reason. Either way the provider must not retry.
/// </summary>
public sealed record InboundOutcome(string Outcome, string? Reason = null, string? InterviewId = null)
{
    public static InboundOutcome Matched(string interviewId) => new("matched", InterviewId: interviewId);

    public static InboundOutcome Ignored(string reason, string? interviewId = null) => new("ignored", reason, interviewId);
}
