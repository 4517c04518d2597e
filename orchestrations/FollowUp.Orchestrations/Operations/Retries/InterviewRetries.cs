using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Retries;

/// <summary>
/// Someone fixed what a stuck step needed (an address, a provider quota, storage) and asks for the
/// step to be tried again. Only a case that says it waits for this is sent the request: an event
/// nobody waits for would linger and fire a retry at some later, unrelated failure.
/// </summary>
public sealed partial class InterviewRetries(InterviewIntake intake, TimeProvider clock, ILogger<InterviewRetries> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<RetryResult> RetryAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        using var operation = TracedOperation.Start(_logger, SpanNames.Retry, interviewId);
        var (outcome, status, runtimeStatus) = await WaitingCaseEvents.RaiseAsync(
            durable,
            intake,
            interviewId,
            s => s.NeedsAttention is { WaitingForRetry: true },
            FollowUpEvents.RetryRequested,
            new RetryRequest(clock.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case WaitingCaseEvents.Outcome.Raised:
                LogRetryRequested(interviewId);
                return new RetryResult.Accepted(status!);
            case WaitingCaseEvents.Outcome.NotWaiting:
                return new RetryResult.NothingToRetry(interviewId, runtimeStatus);
            default:
                return new RetryResult.NotFound(interviewId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: retry of the stuck step requested")]
    private partial void LogRetryRequested(string interviewId);
}
