using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;

namespace FollowUp.Orchestrations.Operations.Scheduling;

/// <summary>When a case may offer slots: it waits for a date to be fixed, and only the candidate's pick is missing.</summary>
public static class SlotRules
{
    public const int MaxSlots = 10;

    /// <summary><c>proceed</c> without a date, or <c>considering</c>.</summary>
    public static bool Accepts(Reaction reaction, bool hasNextInterview) =>
        reaction == Reaction.Considering || (reaction == Reaction.Proceed && !hasNextInterview);

    /// <summary>The same, read from a running case's status: a booked date shows as its stage.</summary>
    public static bool Accepts(FollowUpStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return Accepts(status.Reaction, status.Stage is FollowUpStage.InterviewScheduled or FollowUpStage.ReminderHeld);
    }
}
