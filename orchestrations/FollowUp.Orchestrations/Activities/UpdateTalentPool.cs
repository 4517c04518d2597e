using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>
/// Adds the candidate to the talent pool or refreshes their entry; an upsert by email. The owner and the
/// candidate's profiles come from the recorded report, so the re-contact digest knows whom to tell.
/// </summary>
public sealed class UpdateTalentPool(ITalentPool talentPool, IInterviewStore interviews, ILogger<UpdateTalentPool> logger) : TaskActivity<TalentPoolEntry, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, TalentPoolEntry input) =>
        UpdateAsync(input, CancellationToken.None);

    public async Task<bool> UpdateAsync(TalentPoolEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var operation = TracedOperation.Start(logger, SpanNames.Activity(nameof(UpdateTalentPool)), entry.SourceInterviewId);
        var report = await interviews.FindAsync(entry.SourceInterviewId, cancellationToken).ConfigureAwait(false);
        var enriched = report is null ? entry : entry with
        {
            OwnerName = report.Owner.Name,
            OwnerEmail = report.Owner.Email,
            OwnerLocale = report.Owner.Locale,
            Profiles = report.Candidate.Profiles,
        };
        await talentPool.UpsertAsync(enriched, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
