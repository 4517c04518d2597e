using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Playbook;
using Microsoft.DurableTask;

namespace FollowUp.Orchestrations;

/// <summary>
/// The orchestration and activities for hosts that run a Durable Task worker directly (the local
/// host, the tests). The Functions app registers the same classes through its hand-written triggers.
/// </summary>
public static class FollowUpTaskRegistry
{
    public static DurableTaskRegistry AddFollowUpTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.AddOrchestrator<FollowUpOrchestrator>().AddFollowUpActivities();
    }

    public static DurableTaskRegistry AddFollowUpActivities(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddActivity<RecordInterview>()
            .AddActivity<SendEmail>()
            .AddActivity<UpdateTalentPool>()
            .AddActivity<WriteRetrospective>();
    }
}
