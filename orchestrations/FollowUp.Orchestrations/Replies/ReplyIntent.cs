using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Replies;

/// <summary>What a candidate's reply says about going on with the selection.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplyIntent>))]
public enum ReplyIntent
{
    /// <summary>Wants to go on: says yes, proposes or accepts a date, or moves a date while staying in.</summary>
    [JsonStringEnumMemberName("proceed")]
    Proceed,

    /// <summary>Not now but not closed: timing, staying put for a while, "contact me next year".</summary>
    [JsonStringEnumMemberName("notNow")]
    NotNow,

    /// <summary>Closes this selection: not proceeding, withdrawn, another offer accepted, not interested.</summary>
    [JsonStringEnumMemberName("decline")]
    Decline,

    /// <summary>Asks something and has not yet said yes or no, including interest that waits on a condition.</summary>
    [JsonStringEnumMemberName("question")]
    Question,

    /// <summary>No decision in it: thanks, "still thinking", an auto-reply, a changed address.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
