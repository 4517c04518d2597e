using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Interviews;

/// <summary>One message exchanged before the interview; the declined retrospective reads reply delays from these.</summary>
public sealed record ContactEvent(DateTimeOffset At, ContactDirection Direction, string Channel);

[JsonConverter(typeof(JsonStringEnumConverter<ContactDirection>))]
public enum ContactDirection
{
    Candidate,
    Company,
}
