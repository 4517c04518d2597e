using FollowUp.Orchestrations.Replies;

namespace FollowUp.Orchestrations.Telemetry;

/// <summary>Values of the reply intent tag, spelt as the status and the API spell intents.</summary>
public static class ReplyIntents
{
    /// <summary>A reply that was not read for intent.</summary>
    public const string Unknown = "unknown";

    public static string Of(ReplyIntent intent) => intent switch
    {
        ReplyIntent.Proceed => "proceed",
        ReplyIntent.NotNow => "notNow",
        ReplyIntent.Decline => "decline",
        ReplyIntent.Question => "question",
        _ => "other",
    };
}
