using FollowUp.Orchestrations.Emails;

namespace FollowUp.LocalHost;

/// <summary>
/// Holds every email activity open for a while after the transport accepted the message, like a
/// provider that takes long to answer. It widens the window in which a crash leaves an email sent
/// but its activity unfinished, so crash tests (and curious people) can kill the host right there
/// and watch the restart send nothing twice. Off unless <see cref="LocalHostOptions.DelayAfterEmailSent"/> is set.
/// </summary>
internal sealed class DelayedEmailDispatcher(IEmailDispatcher inner, TimeSpan delay) : IEmailDispatcher
{
    public async Task<EmailReceipt> DispatchAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        var receipt = await inner.DispatchAsync(order, cancellationToken).ConfigureAwait(false);
        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        return receipt;
    }
}
