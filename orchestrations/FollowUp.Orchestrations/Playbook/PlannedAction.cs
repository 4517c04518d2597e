using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>The next thing FollowUp will do on its own, shown with its time in the custom status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlannedAction>))]
public enum PlannedAction
{
    SendInterviewReminder,
    EscalateBookingAgain,
    SendStatusCheck,
    CloseAsNoResponse,
    SendNurtureCheckIn,
    CloseCase,

    /// <summary>A reply holds the reminder: the owner confirms the date or reports a new one; at the interview's start there is nothing left to remind.</summary>
    ConfirmInterviewDate,
}
