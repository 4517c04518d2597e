using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Replies;

/// <summary>What FollowUp did about a candidate's reply, as the owner's email and the status say it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplyOutcome>))]
public enum ReplyOutcome
{
    /// <summary>Forwarded to the owner; the case waits as before.</summary>
    [JsonStringEnumMemberName("ownerOnly")]
    OwnerOnly,

    /// <summary>The case went on as <c>proceed</c>: the owner books the next interview.</summary>
    [JsonStringEnumMemberName("movedToProceed")]
    MovedToProceed,

    /// <summary>The case went on as <c>declined</c>: thanks, retrospective, staying connected.</summary>
    [JsonStringEnumMemberName("movedToDeclined")]
    MovedToDeclined,

    /// <summary>The case went on as <c>undecided</c>: no selling, a check-in later.</summary>
    [JsonStringEnumMemberName("movedToUndecided")]
    MovedToUndecided,
}
