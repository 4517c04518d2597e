using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>Builds the declined retrospective from the report and keeps it for the owner.</summary>
public sealed class WriteRetrospective(IRetrospectiveStore retrospectives, ILogger<WriteRetrospective> logger) : TaskActivity<InterviewReport, Retrospective>
{
    public override Task<Retrospective> RunAsync(TaskActivityContext context, InterviewReport input) =>
        WriteAsync(input, CancellationToken.None);

    public async Task<Retrospective> WriteAsync(InterviewReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var operation = TracedOperation.Start(logger, SpanNames.Activity(nameof(WriteRetrospective)), report.InterviewId);
        var retrospective = RetrospectiveRules.Build(report);
        await retrospectives.UpsertAsync(retrospective, cancellationToken).ConfigureAwait(false);
        return retrospective;
    }
}
