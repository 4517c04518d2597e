using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.DateConfirmations;

/// <summary>
/// The candidate wrote back before a booked interview and its reminder is held; the owner has
/// checked with them and the date stays. Only a case that holds a reminder is sent the confirmation.
/// </summary>
public sealed partial class InterviewDateConfirmations(InterviewIntake intake, TimeProvider clock, ILogger<InterviewDateConfirmations> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<DateConfirmationResult> ConfirmAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        using var operation = TracedOperation.Start(_logger, SpanNames.ConfirmDate, interviewId);
        var (outcome, status, runtimeStatus) = await WaitingCaseEvents.RaiseAsync(
            durable,
            intake,
            interviewId,
            s => s.Stage == FollowUpStage.ReminderHeld,
            FollowUpEvents.DateConfirmed,
            new DateConfirmation(clock.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case WaitingCaseEvents.Outcome.Raised:
                LogDateConfirmed(interviewId);
                return new DateConfirmationResult.Accepted(status!);
            case WaitingCaseEvents.Outcome.NotWaiting:
                return new DateConfirmationResult.NoReminderHeld(interviewId, runtimeStatus);
            default:
                return new DateConfirmationResult.NotFound(interviewId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the owner confirmed the interview date")]
    private partial void LogDateConfirmed(string interviewId);
}
