using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Interviews;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Durable;

public sealed class RecordInterviewFunction(RecordInterview activity)
{
    [Function(nameof(RecordInterview))]
    public Task<bool> RunAsync([ActivityTrigger] InterviewReport report, CancellationToken cancellationToken) =>
        activity.RecordAsync(report, cancellationToken);
}
