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
        // The custom status comes only with inputs and outputs.
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return new RetryResult.NotFound(interviewId);
        }

        if (instance.IsCompleted || !WaitsForRetry(instance))
        {
            return new RetryResult.NothingToRetry(interviewId, instance.RuntimeStatus.ToString());
        }

        await durable.RaiseEventAsync(interviewId, FollowUpEvents.RetryRequested, new RetryRequest(clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        LogRetryRequested(interviewId);
        var status = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
        return status is null ? new RetryResult.NotFound(interviewId) : new RetryResult.Accepted(status);
    }

    private static bool WaitsForRetry(OrchestrationMetadata instance)
    {
        if (instance.SerializedCustomStatus is null)
        {
            return false;
        }

        try
        {
            return instance.ReadCustomStatusAs<FollowUpStatus>()?.NeedsAttention is { WaitingForRetry: true };
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: retry of the stuck step requested")]
    private partial void LogRetryRequested(string interviewId);
}
