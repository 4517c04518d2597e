using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask;

namespace FollowUp.Orchestrations.Activities;

/// <summary>Adds the candidate to the talent pool or refreshes their entry; an upsert by email.</summary>
public sealed class UpdateTalentPool(ITalentPool talentPool) : TaskActivity<TalentPoolEntry, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, TalentPoolEntry input) =>
        UpdateAsync(input, CancellationToken.None);

    public async Task<bool> UpdateAsync(TalentPoolEntry entry, CancellationToken cancellationToken)
    {
        await talentPool.UpsertAsync(entry, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
