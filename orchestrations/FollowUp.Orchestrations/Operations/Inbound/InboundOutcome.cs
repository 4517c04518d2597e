using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// What became of a verified inbound email: <c>matched</c> (raised on the interview) or <c>ignored</c>
/// with a reason. Either way the provider must not deliver it again.
/// </summary>
public sealed record InboundOutcome(string Outcome, string? Reason = null, string? InterviewId = null)
{
    [JsonIgnore]
    public bool IsMatched => Outcome == "matched";

    public static InboundOutcome Matched(string interviewId) => new("matched", InterviewId: interviewId);

    public static InboundOutcome Ignored(string reason, string? interviewId = null) => new("ignored", reason, interviewId);
}
