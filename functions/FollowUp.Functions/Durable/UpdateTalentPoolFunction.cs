using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Storage;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Durable;

public sealed class UpdateTalentPoolFunction(UpdateTalentPool activity)
{
    [Function(nameof(UpdateTalentPool))]
    public Task<bool> RunAsync([ActivityTrigger] TalentPoolEntry entry, CancellationToken cancellationToken) =>
        activity.UpdateAsync(entry, cancellationToken);
}
