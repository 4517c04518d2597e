using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using Microsoft.DurableTask.Client;

namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// Raises an event only on a running case whose status says it waits for it: an event nobody waits
/// for would linger in the instance and fire at some later, unrelated wait.
/// </summary>
internal static class WaitingCaseEvents
{
    /// <returns>The status after raising; <see cref="Outcome.NotFound"/> or <see cref="Outcome.NotWaiting"/> (with the runtime status) otherwise.</returns>
    public static async Task<(Outcome Outcome, InterviewStatusView? Status, string RuntimeStatus)> RaiseAsync(
        DurableTaskClient durable,
        InterviewIntake intake,
        string interviewId,
        Func<FollowUpStatus, bool> waits,
        string eventName,
        object payload,
        CancellationToken cancellationToken)
    {
        // The custom status comes only with inputs and outputs.
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return (Outcome.NotFound, null, string.Empty);
        }

        if (instance.IsCompleted || instance.StatusOrNull() is not { } status || !waits(status))
        {
            return (Outcome.NotWaiting, null, instance.RuntimeStatus.ToString());
        }

        await durable.RaiseEventAsync(interviewId, eventName, payload, cancellationToken).ConfigureAwait(false);
        var view = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
        return view is null ? (Outcome.NotFound, null, string.Empty) : (Outcome.Raised, view, instance.RuntimeStatus.ToString());
    }

    public enum Outcome
    {
        Raised,
        NotWaiting,
        NotFound,
    }
}
