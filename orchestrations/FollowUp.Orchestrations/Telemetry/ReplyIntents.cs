namespace FollowUp.Orchestrations.Telemetry;

/// <summary>Values of the reply intent tag; replies are not read for intent yet, so all are <see cref="Unknown"/>.</summary>
public static class ReplyIntents
{
    public const string Unknown = "unknown";
}
