using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>Adds the candidate to the talent pool or refreshes their entry; an upsert by email.</summary>
public sealed class UpdateTalentPool(ITalentPool talentPool, ILogger<UpdateTalentPool> logger) : TaskActivity<TalentPoolEntry, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, TalentPoolEntry input) =>
        UpdateAsync(input, CancellationToken.None);

    public async Task<bool> UpdateAsync(TalentPoolEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var operation = TracedOperation.Start(logger, SpanNames.Activity(nameof(UpdateTalentPool)), entry.SourceInterviewId);
        await talentPool.UpsertAsync(entry, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
