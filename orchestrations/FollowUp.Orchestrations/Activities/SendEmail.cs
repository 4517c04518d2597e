using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>
/// Sends one email order. Durable runs activities at least once, so the order's message key guards
/// every step: a timeline entry under that key means it already went out, and the dispatcher itself
/// is idempotent on the key for the crash between sending and recording. Metrics count what this
/// attempt did: a send that an earlier attempt made counts once, in that attempt.
/// </summary>
public sealed partial class SendEmail(
    IEmailDispatcher dispatcher,
    ITimeline timeline,
    ITalentPool talentPool,
    ICaseList cases,
    CaseProjection projection,
    FollowUpMetrics metrics,
    TimeProvider clock,
    ILogger<SendEmail> logger) : TaskActivity<EmailOrder, EmailOutcome>
{
    private readonly ILogger _logger = logger;

    public override Task<EmailOutcome> RunAsync(TaskActivityContext context, EmailOrder input) =>
        SendAsync(input, CancellationToken.None);

    public async Task<EmailOutcome> SendAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        using var operation = TracedOperation.Start(_logger, SpanNames.Activity(nameof(SendEmail)), order.InterviewId)
            .Tag(TelemetryAttributes.EmailKind, order.Kind.ToString());

        var outcome = await SendOnceAsync(order, operation, cancellationToken).ConfigureAwait(false);
        operation.Tag(TelemetryAttributes.EmailOutcome, outcome.Status.ToString());

        // After the send, on every path: a retry that finds the email already sent still brings the row
        // up to date if the earlier attempt stopped between the two; the row counts each email once.
        var now = clock.GetUtcNow();
        await cases.ChangeAsync(order.InterviewId, order.Report.InterviewedAt, row => projection.Emailed(row, order, outcome.WentOut, now), cancellationToken)
            .ConfigureAwait(false);
        return outcome;
    }

    private async Task<EmailOutcome> SendOnceAsync(EmailOrder order, TracedOperation operation, CancellationToken cancellationToken)
    {
        var recorded = await timeline.FindAsync(order.InterviewId, order.MessageKey, cancellationToken).ConfigureAwait(false);
        switch (recorded?.Kind)
        {
            case TimelineEntryKind.EmailSent:
                return new EmailOutcome(EmailOutcomeStatus.AlreadySent, recorded.ProviderOperationId);
            case TimelineEntryKind.EmailSkipped:
                return new EmailOutcome(EmailOutcomeStatus.SkippedOptedOut);
        }

        if (order.IsForCandidate && await talentPool.IsOptedOutAsync(order.Report.Candidate.Email, cancellationToken).ConfigureAwait(false))
        {
            await RecordAsync(order, TimelineEntryKind.EmailSkipped, "candidate opted out", null, cancellationToken).ConfigureAwait(false);
            LogSkipped(order.InterviewId, order.Kind);
            return new EmailOutcome(EmailOutcomeStatus.SkippedOptedOut);
        }

        EmailReceipt receipt;
        try
        {
            receipt = await dispatcher.DispatchAsync(order, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailDeliveryException failure)
        {
            operation.Fail(failure);
            metrics.DeliveryFailed(order.Kind, DeliveryFailureKind.Permanent);
            await RecordAsync(order, TimelineEntryKind.EmailFailed, failure.Message, null, cancellationToken).ConfigureAwait(false);
            throw;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Anything else may pass on retry: the activity fails and Durable's retry policy runs it again.
            operation.Fail(failure);
            metrics.DeliveryFailed(order.Kind, DeliveryFailureKind.Transient);
            throw;
        }

        await RecordAsync(order, TimelineEntryKind.EmailSent, $"{receipt.Transport}", receipt.ProviderOperationId, cancellationToken).ConfigureAwait(false);
        operation.Tag(TelemetryAttributes.Transport, receipt.Transport);
        LogSent(order.InterviewId, order.Kind, receipt.Transport, receipt.WasDuplicate);
        if (receipt.WasDuplicate)
        {
            return new EmailOutcome(EmailOutcomeStatus.AlreadySent, receipt.ProviderOperationId);
        }

        RecordSent(order, receipt);
        return new EmailOutcome(EmailOutcomeStatus.Sent, receipt.ProviderOperationId);
    }

    private void RecordSent(EmailOrder order, EmailReceipt receipt)
    {
        metrics.EmailSent(order.Kind, receipt.Transport);
        if (!order.IsForCandidate)
        {
            metrics.Escalated(order.Kind);
        }

        // Counted where a person is asked to act, once per notice actually sent (not in the orchestrator, which replays).
        if (order.Kind == EmailKind.OwnerDeliveryFailed)
        {
            metrics.NeedsAttention(AttentionReasons.DeliveryFailed);
        }
        else if (order.Kind == EmailKind.OwnerStepStuck)
        {
            metrics.NeedsAttention(AttentionReasons.StepStuck);
        }

        if (order.Sequence == 1 && order.ReportedAt is { } reportedAt)
        {
            metrics.FirstEmailSent(clock.GetUtcNow() - reportedAt, order.Kind);
        }
    }

    private Task RecordAsync(EmailOrder order, TimelineEntryKind kind, string note, string? operationId, CancellationToken cancellationToken) =>
        timeline.RecordAsync(
            new TimelineEntry(order.InterviewId, order.MessageKey, clock.GetUtcNow(), kind, $"{order.Kind}: {note}", operationId),
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Kind} sent through {Transport} (already sent before: {WasDuplicate})")]
    private partial void LogSent(string interviewId, EmailKind kind, string transport, bool wasDuplicate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Kind} not sent, the candidate opted out")]
    private partial void LogSkipped(string interviewId, EmailKind kind);
}
