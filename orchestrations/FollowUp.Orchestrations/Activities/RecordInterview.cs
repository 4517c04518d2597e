using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>Stores the report (again, after a reaction change). An upsert: safe to run twice.</summary>
public sealed class RecordInterview(IInterviewStore interviews, TimeProvider clock, ILogger<RecordInterview> logger) : TaskActivity<InterviewReport, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, InterviewReport input) =>
        RecordAsync(input, CancellationToken.None);

    public async Task<bool> RecordAsync(InterviewReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var operation = TracedOperation.Start(logger, SpanNames.Activity(nameof(RecordInterview)), report.InterviewId);
        await interviews.UpsertAsync(report, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
