using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Durable;

public sealed class WriteRetrospectiveFunction(WriteRetrospective activity)
{
    [Function(nameof(WriteRetrospective))]
    public Task<Retrospective> RunAsync([ActivityTrigger] InterviewReport report, CancellationToken cancellationToken) =>
        activity.WriteAsync(report, cancellationToken);
}
