using Microsoft.DurableTask;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// One interview's follow-up, from the same-day email to the end of the case. Instance id = interview id.
/// The playbook itself is <see cref="FollowUpRun"/>; this class is the durable entry point shared by
/// the Functions app, the local host and the tests.
/// </summary>
public sealed class FollowUpOrchestrator : TaskOrchestrator<FollowUpInput, FollowUpStatus>
{
    public override Task<FollowUpStatus> RunAsync(TaskOrchestrationContext context, FollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return new FollowUpRun(context, input).RunAsync();
    }
}
