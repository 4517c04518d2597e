using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>Stores the report (again, after a reaction change) and opens its row in the case list. Upserts: safe to run twice.</summary>
public sealed class RecordInterview(IInterviewStore interviews, ICaseList cases, TimeProvider clock, ILogger<RecordInterview> logger) : TaskActivity<InterviewReport, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, InterviewReport input) =>
        RecordAsync(input, CancellationToken.None);

    public async Task<bool> RecordAsync(InterviewReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var operation = TracedOperation.Start(logger, SpanNames.Activity(nameof(RecordInterview)), report.InterviewId);
        var now = clock.GetUtcNow();
        await interviews.UpsertAsync(report, now, cancellationToken).ConfigureAwait(false);
        await cases.ChangeAsync(report.InterviewId, report.InterviewedAt, row => CaseProjection.Recorded(row, report, now), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
