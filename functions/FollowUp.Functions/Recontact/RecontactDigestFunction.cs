using FollowUp.Orchestrations.Recontact;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Recontact;

/// <summary>
/// The re-contact digest's clock in Azure. Hourly, so a missed run (a deployment, a cold instance) costs an
/// hour, not a day; <see cref="RecontactDigests"/> sends each owner's digest once a day from
/// <c>FollowUp:Recontact:SendFrom</c>, whichever run and whichever instance gets there first.
/// </summary>
public sealed class RecontactDigestFunction(RecontactDigests digests)
{
    public const string Name = "RecontactDigest";

    /// <summary>Minute 5 of every hour (NCRONTAB with seconds).</summary>
    public const string Schedule = "0 5 * * * *";

    [Function(Name)]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        digests.RunAsync(cancellationToken);
}
