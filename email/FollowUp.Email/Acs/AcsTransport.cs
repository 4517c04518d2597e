using Azure;
using FollowUp.Email.Configuration;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Acs;

/// <summary>
/// Sends through ACS Email. The Operation-Id is derived from the message key, so a retried activity
/// names the operation the first attempt created; before sending it asks ACS whether that operation
/// exists, and if it does nothing new goes out.
/// </summary>
internal sealed partial class AcsTransport(EmailClient client, IOptions<EmailOptions> options, TimeProvider clock, ILogger<AcsTransport> logger) : IEmailTransport
{
    public const string TransportName = "Acs";

    private readonly AcsOptions _acs = options.Value.Acs;

    public string Name => TransportName;

    public async Task<EmailReceipt> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var operationId = MessageIdentity.For(email.MessageKey);
        var id = operationId.ToString("D");

        if (await ExistsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            LogAlreadySent(id);
            return new EmailReceipt(email.MessageKey, TransportName, id, clock.GetUtcNow(), WasDuplicate: true);
        }

        EmailSendOperation operation;
        try
        {
            operation = await client.SendAsync(WaitUntil.Started, ToMessage(email), operationId, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new EmailDeliveryException($"ACS would refuse this email: {e.Message}", e);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another attempt created the operation between our check and our send.
            return new EmailReceipt(email.MessageKey, TransportName, id, clock.GetUtcNow(), WasDuplicate: true);
        }
        catch (RequestFailedException e) when (IsPermanent(e))
        {
            throw new EmailDeliveryException($"ACS refused the email ({e.Status} {e.ErrorCode}): {e.Message}", e);
        }

        var accepted = clock.GetUtcNow();
        await WaitForOutcomeAsync(operation, cancellationToken).ConfigureAwait(false);
        return new EmailReceipt(email.MessageKey, TransportName, id, accepted);
    }

    private async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await new EmailSendOperation(id, client).UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
        catch (RequestFailedException e) when (IsPermanent(e))
        {
            throw new EmailDeliveryException($"An earlier attempt of this email failed at ACS: {e.Message}", e);
        }
    }

    /// <summary>
    /// Polls within a budget. ACS has accepted the email by now; if it is still running when the
    /// budget ends, the email counts as sent (a retry would find the operation and not resend).
    /// </summary>
    private async Task WaitForOutcomeAsync(EmailSendOperation operation, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_acs.PollBudget);
        try
        {
            await operation.WaitForCompletionAsync(_acs.PollInterval, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogStillRunning(operation.Id, operation.Status?.ToString() ?? "unknown", _acs.PollBudget);
        }
        catch (RequestFailedException e) when (IsPermanent(e))
        {
            throw new EmailDeliveryException($"ACS did not deliver the email: {e.Message}", e);
        }
    }

    /// <summary>
    /// 4xx other than 408/429 is the service's final answer; a 2xx here is an operation that
    /// reported Failed or Canceled. 429 and 5xx were already retried by the pipeline and stay
    /// transient, so the orchestration's activity retry gets its turn.
    /// </summary>
    private static bool IsPermanent(RequestFailedException e) =>
        e.Status is (>= 200 and < 300) or (>= 400 and < 500 and not 408 and not 429);

    private static EmailMessage ToMessage(OutgoingEmail email)
    {
        var content = new EmailContent(email.Subject) { PlainText = email.PlainText, Html = email.Html };
        var recipients = new EmailRecipients([new EmailAddress(email.To.Address, NullIfEmpty(email.To.DisplayName))]);
        var message = new EmailMessage(email.From.Address, recipients, content) { UserEngagementTrackingDisabled = true };
        if (email.ReplyTo is not null)
        {
            message.ReplyTo.Add(new EmailAddress(email.ReplyTo.Address, NullIfEmpty(email.ReplyTo.DisplayName)));
        }

        foreach (var (name, value) in email.Headers)
        {
            message.Headers[name] = HeaderText.SingleLine(value);
        }

        foreach (var attachment in email.Attachments)
        {
            message.Attachments.Add(new EmailAttachment(attachment.Name, attachment.ContentType, BinaryData.FromBytes(attachment.Content)));
        }

        return message;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : HeaderText.SingleLine(value);

    [LoggerMessage(Level = LogLevel.Information, Message = "ACS operation {OperationId} already exists: an earlier attempt sent this email")]
    private partial void LogAlreadySent(string operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ACS operation {OperationId} still {Status} after {Budget}; counted as sent")]
    private partial void LogStillRunning(string operationId, string status, TimeSpan budget);
}
