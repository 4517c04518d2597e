using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FollowUp.Orchestrations;

/// <summary>
/// Stops a host at start-up when an adapter the playbook needs was never registered. Without it the
/// first report would fail deep inside an activity, and a store silently kept in memory would lose
/// every case on restart.
/// </summary>
internal sealed class RequiredAdaptersCheck(IServiceProviderIsService registered) : IHostedService
{
    private static readonly (Type Port, string Remedy)[] Ports =
    [
        (typeof(IInterviewStore), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(ITimeline), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(ITalentPool), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IRetrospectiveStore), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IInboundMessageLog), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IWebhookTokenLog), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(ICaseList), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IDigestLog), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IErasureRecords), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IVoiceRecordings), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(ISlotStore), "AddFollowUpTableStorage (FollowUp.Storage)"),
        (typeof(IEmailDispatcher), "AddFollowUpEmail (FollowUp.Email)"),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var missing = Ports.Where(p => !registered.IsService(p.Port)).ToArray();
        if (missing.Length > 0)
        {
            var lines = missing.Select(p => $"{p.Port.Name}: call {p.Remedy} when composing the host.");
            throw new InvalidOperationException("FollowUp cannot start: no implementation is registered for" + Environment.NewLine + string.Join(Environment.NewLine, lines));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
