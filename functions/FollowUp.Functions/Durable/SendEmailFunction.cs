using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Durable;

public sealed class SendEmailFunction(SendEmail activity)
{
    [Function(nameof(SendEmail))]
    public Task<EmailOutcome> RunAsync([ActivityTrigger] EmailOrder order, CancellationToken cancellationToken) =>
        activity.SendAsync(order, cancellationToken);
}
