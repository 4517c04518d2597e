using FollowUp.Orchestrations.Playbook;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace FollowUp.Functions.Durable;

/// <summary>
/// The orchestration trigger: hands the Functions context to the shared orchestrator. Written by hand
/// because the Durable source generator is not available to this project; the function name is the
/// orchestrator's type name, which is what the intake schedules.
/// </summary>
public sealed class FollowUpOrchestratorFunction
{
    [Function(nameof(FollowUpOrchestrator))]
    public Task<FollowUpStatus> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<FollowUpInput>()
            ?? throw new InvalidOperationException($"Instance {context.InstanceId} has no {nameof(FollowUpInput)}.");
        return new FollowUpOrchestrator().RunAsync(context, input);
    }
}
