using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Cancellation;

/// <summary>
/// The owner stops the follow-up. The report and timeline stay (erasure is a separate operation);
/// cancelling a finished one again is not an error.
/// </summary>
public sealed partial class InterviewCancellation(InterviewIntake intake, TimeProvider clock, ILogger<InterviewCancellation> logger)
{
    private readonly ILogger _logger = logger;

    /// <returns>The interview's status after cancelling, or null when no follow-up exists under the id.</returns>
    public async Task<InterviewStatusView?> CancelAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        using var operation = TracedOperation.Start(_logger, SpanNames.Cancel, interviewId);
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return null;
        }

        if (!instance.IsCompleted)
        {
            // The output is what the portal shows for a terminated instance: say who stopped it and when.
            var reason = $"Follow-up cancelled by its owner at {clock.GetUtcNow():O}.";
            await durable.TerminateInstanceAsync(interviewId, new TerminateInstanceOptions(reason), cancellationToken).ConfigureAwait(false);
            LogCancelled(interviewId);
        }

        return await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: follow-up cancelled")]
    private partial void LogCancelled(string interviewId);
}
