using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Interviews;

/// <summary>How the candidate reacted at the end of the casual interview, as the interviewer reports it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Reaction>))]
public enum Reaction
{
    /// <summary>Wants to go on to selection.</summary>
    Proceed,

    /// <summary>Will consider whether to proceed.</summary>
    Considering,

    /// <summary>Is not sure about changing jobs at all.</summary>
    Undecided,

    /// <summary>Declines our selection.</summary>
    Declined,
}
