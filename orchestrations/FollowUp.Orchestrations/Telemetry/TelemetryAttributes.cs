namespace FollowUp.Orchestrations.Telemetry;

/// <summary>
/// Attribute names on FollowUp's spans, metric points and log scopes. Only identifiers and
/// categories: a candidate's or owner's name or address never becomes an attribute.
/// </summary>
public static class TelemetryAttributes
{
    /// <summary>On every span and log scope that concerns one interview: the key to find a case's trace.</summary>
    public const string InterviewId = "followup.interview_id";

    public const string Route = "followup.route";
    public const string Activity = "followup.activity";
    public const string EmailKind = "followup.email.kind";
    public const string Transport = "followup.email.transport";
    public const string EmailOutcome = "followup.email.outcome";
    public const string Failure = "followup.failure";
    public const string Intent = "followup.reply.intent";
    public const string EscalationKind = "followup.escalation.kind";
    public const string Reaction = "followup.reaction";
    public const string PreviousReaction = "followup.reaction.previous";
    public const string AttentionReason = "followup.attention.reason";
    public const string Outcome = "followup.outcome";
    public const string InterviewCount = "followup.interview_count";

    /// <summary>The Durable Task SDK's instance id tag: the interview id under another name.</summary>
    public const string DurableInstanceId = "durabletask.task.instance_id";
}
