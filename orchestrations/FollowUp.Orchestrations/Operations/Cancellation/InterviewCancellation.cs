using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Cancellation;

/// <summary>
/// The owner stops the follow-up. The report and timeline stay (erasure is a separate operation);
/// cancelling a finished one again is not an error. A booked interview still ahead is taken out of
/// the candidate's calendar first, so nobody turns up to a meeting that no longer exists.
/// </summary>
public sealed partial class InterviewCancellation(InterviewIntake intake, SendEmail sendEmail, TimeProvider clock, ILogger<InterviewCancellation> logger)
{
    /// <summary>Tells the calendar cancel apart from the playbook's own emails; one per case, so a retried DELETE sends it once.</summary>
    private const string CalendarCancelDiscriminator = "cancel";

    private readonly ILogger _logger = logger;

    /// <returns>The interview's status after cancelling, or null when no follow-up exists under the id.</returns>
    public async Task<InterviewStatusView?> CancelAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        using var operation = TracedOperation.Start(_logger, SpanNames.Cancel, interviewId);
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return null;
        }

        if (!instance.IsCompleted)
        {
            // Before terminating: a retried DELETE still finds the case running and the send is idempotent.
            await CancelBookedInterviewAsync(instance, cancellationToken).ConfigureAwait(false);

            // The output is what the portal shows for a terminated instance: say who stopped it and when.
            var reason = $"Follow-up cancelled by its owner at {clock.GetUtcNow():O}.";
            await durable.TerminateInstanceAsync(interviewId, new TerminateInstanceOptions(reason), cancellationToken).ConfigureAwait(false);
            LogCancelled(interviewId);
        }

        return await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
    }

    private async Task CancelBookedInterviewAsync(OrchestrationMetadata instance, CancellationToken cancellationToken)
    {
        var input = instance.InputOrNull();
        var status = instance.StatusOrNull();
        if (input is not { Report: { Reaction: Reaction.Proceed, NextInterview: { } booked } report }
            || status?.Stage is not (FollowUpStage.InterviewScheduled or FollowUpStage.ReminderHeld)
            || booked.StartsAt <= clock.GetUtcNow())
        {
            return;
        }

        // Higher than the confirmation this generation sent (the carried sequence, plus one), whatever version sent it.
        var sequence = InvitationSequences.After(InvitationSequences.After(input.CarryOver.LastInvitationSequence));
        var order = new EmailOrder
        {
            Kind = EmailKind.InterviewCancelled,
            Sequence = 0,
            Report = report,
            Details = new EmailDetails { CancelledInterview = booked, InvitationSequence = sequence, FirstToCandidate = false },
            Discriminator = CalendarCancelDiscriminator,
            OrderedAt = clock.GetUtcNow(),
        };
        try
        {
            await sendEmail.SendAsync(order, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailDeliveryException)
        {
            // The address is refused for good: the timeline records it; the cancellation itself goes on.
            LogCalendarCancelRefused(instance.InstanceId);
        }
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: follow-up cancelled")]
    private partial void LogCancelled(string interviewId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: the calendar cancel for the booked interview could not be delivered")]
    private partial void LogCalendarCancelRefused(string interviewId);
}
