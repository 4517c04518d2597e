using FollowUp.Orchestrations.Emails;

namespace FollowUp.Email.Dispatch;

/// <summary>
/// Hands a rendered email to a provider. Must be idempotent on <see cref="OutgoingEmail.MessageKey"/>,
/// throw <see cref="EmailDeliveryException"/> for permanent refusals, and anything else for failures
/// a later retry may fix.
/// </summary>
public interface IEmailTransport
{
    string Name { get; }

    Task<EmailReceipt> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
