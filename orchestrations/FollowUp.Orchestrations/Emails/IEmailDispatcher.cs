namespace FollowUp.Orchestrations.Emails;

/// <summary>
/// The playbook's one port to email: renders the order's template in the recipient's language,
/// adds reply and opt-out addresses to candidate emails, and hands the message to the configured
/// transport. Implementations must be idempotent on <see cref="EmailOrder.MessageKey"/>: the same
/// order dispatched twice results in at most one message delivered.
/// </summary>
public interface IEmailDispatcher
{
    /// <exception cref="EmailDeliveryException">The provider refused the message for good.</exception>
    Task<EmailReceipt> DispatchAsync(EmailOrder order, CancellationToken cancellationToken);
}
