using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// What became of a verified inbound email: <c>matched</c> (raised on the interview) or <c>ignored</c>
/// with a reason, after which the provider must not deliver it again; or <c>in-progress</c>: another
/// delivery of the same message is being handled right now, and the provider should try again later.
/// </summary>
public sealed record InboundOutcome(string Outcome, string? Reason = null, string? InterviewId = null)
{
    [JsonIgnore]
    public bool IsMatched => Outcome == "matched";

    public static InboundOutcome Matched(string interviewId) => new("matched", InterviewId: interviewId);

    [JsonIgnore]
    public bool IsInProgress => Outcome == "in-progress";

    public static InboundOutcome InProgress(string interviewId) => new("in-progress", InterviewId: interviewId);

    public static InboundOutcome Ignored(string reason, string? interviewId = null) => new("ignored", reason, interviewId);
}
