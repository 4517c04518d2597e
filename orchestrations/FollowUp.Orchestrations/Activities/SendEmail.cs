using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Activities;

/// <summary>
/// Sends one email order. Durable runs activities at least once, so the order's message key guards
/// every step: a timeline entry under that key means it already went out, and the dispatcher itself
/// is idempotent on the key for the crash between sending and recording.
/// </summary>
public sealed partial class SendEmail(
    IEmailDispatcher dispatcher,
    ITimeline timeline,
    ITalentPool talentPool,
    TimeProvider clock,
    ILogger<SendEmail> logger) : TaskActivity<EmailOrder, EmailOutcome>
{
    private readonly ILogger _logger = logger;

    public override Task<EmailOutcome> RunAsync(TaskActivityContext context, EmailOrder input) =>
        SendAsync(input, CancellationToken.None);

    public async Task<EmailOutcome> SendAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);

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
            await RecordAsync(order, TimelineEntryKind.EmailFailed, failure.Message, null, cancellationToken).ConfigureAwait(false);
            throw;
        }

        await RecordAsync(order, TimelineEntryKind.EmailSent, $"{receipt.Transport}", receipt.ProviderOperationId, cancellationToken).ConfigureAwait(false);
        LogSent(order.InterviewId, order.Kind, receipt.Transport, receipt.WasDuplicate);
        return new EmailOutcome(receipt.WasDuplicate ? EmailOutcomeStatus.AlreadySent : EmailOutcomeStatus.Sent, receipt.ProviderOperationId);
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
