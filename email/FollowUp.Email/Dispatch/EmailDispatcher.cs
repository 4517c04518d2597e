using FollowUp.Email.Rendering;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.Extensions.Logging;

namespace FollowUp.Email.Dispatch;

/// <summary>
/// The playbook's email port: compose, then hand to the configured transport. Its span is the parent
/// of the transport's outgoing call (the ACS request's Azure SDK and HTTP client spans).
/// </summary>
public sealed partial class EmailDispatcher(EmailComposer composer, IEmailTransport transport, ILogger<EmailDispatcher> logger) : IEmailDispatcher
{
    public async Task<EmailReceipt> DispatchAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        using var operation = TracedOperation.Start(logger, SpanNames.EmailDispatch, order.InterviewId)
            .Tag(TelemetryAttributes.EmailKind, order.Kind.ToString())
            .Tag(TelemetryAttributes.Transport, transport.Name);

        OutgoingEmail email;
        try
        {
            email = await composer.ComposeAsync(order).ConfigureAwait(false);
        }
        catch (TemplateRenderException e)
        {
            // A broken template or a missing fact stays broken on retry: permanent, so the owner hears of it.
            operation.Fail(e);
            LogCannotRender(order.InterviewId, order.Kind, e.Message);
            throw new EmailDeliveryException($"{order.Kind} could not be rendered: {e.Message}", e);
        }

        EmailReceipt receipt;
        try
        {
            receipt = await transport.SendAsync(email, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            operation.Fail(e);
            throw;
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var recipient = AddressMask.Mask(email.To.Address);
            LogDispatched(order.InterviewId, order.Kind, recipient, transport.Name, receipt.ProviderOperationId, receipt.WasDuplicate);
        }
        return receipt;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Interview {InterviewId}: {Kind} cannot be rendered: {Reason}")]
    private partial void LogCannotRender(string interviewId, EmailKind kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Kind} to {Recipient} handed to {Transport} as {ProviderId} (duplicate: {WasDuplicate})")]
    private partial void LogDispatched(string interviewId, EmailKind kind, string recipient, string transport, string? providerId, bool wasDuplicate);
}
