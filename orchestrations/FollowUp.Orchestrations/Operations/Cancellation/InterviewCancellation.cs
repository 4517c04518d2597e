using FollowUp.Orchestrations.Intake;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Cancellation;

/// <summary>
/// <c>DELETE /api/interviews/{id}</c>: the owner stops the follow-up. The report and timeline stay
/// (erasure is <c>DELETE /api/candidates/{email}</c>); cancelling a finished one again is not an error.
/// </summary>
public sealed partial class InterviewCancellation(InterviewIntake intake, TimeProvider clock, ILogger<InterviewCancellation> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> CancelAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return InterviewAnswers.ForStatus(interviewId, status: null);
        }

        if (!instance.IsCompleted)
        {
            // The output is what the portal shows for a terminated instance: say who stopped it and when.
            var reason = $"Cancelled through DELETE {InterviewAnswers.StatusPath(interviewId)} at {clock.GetUtcNow():O}.";
            await durable.TerminateInstanceAsync(interviewId, new TerminateInstanceOptions(reason), cancellationToken).ConfigureAwait(false);
            LogCancelled(interviewId);
        }

        var status = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
        return status is null
            ? InterviewAnswers.ForStatus(interviewId, status: null)
            : ApiAnswer.Ok(status, 202, InterviewAnswers.StatusPath(interviewId));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: follow-up cancelled")]
    private partial void LogCancelled(string interviewId);
}
