using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Testing.InMemory;

public static class InMemoryStoreRegistration
{
    /// <summary>Process-local stores for tests that exercise the playbook without Azurite; production hosts never use them.</summary>
    public static IServiceCollection AddInMemoryStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IInterviewStore, InMemoryInterviewStore>();
        services.TryAddSingleton<ITalentPool, InMemoryTalentPool>();
        services.TryAddSingleton<IRetrospectiveStore, InMemoryRetrospectiveStore>();
        services.TryAddSingleton<ITimeline, InMemoryTimeline>();
        services.TryAddSingleton<IInboundMessageLog, InMemoryInboundMessageLog>();
        services.TryAddSingleton<IWebhookTokenLog, InMemoryWebhookTokenLog>();
        services.TryAddSingleton<ICaseList, InMemoryCaseList>();
        services.TryAddSingleton<IDigestLog, InMemoryDigestLog>();
        services.TryAddSingleton<IErasureRecords, InMemoryErasureRecords>();
        services.TryAddSingleton<IVoiceRecordings, InMemoryVoiceRecordings>();
        services.TryAddSingleton<ISlotStore, InMemorySlotStore>();
        return services;
    }
}
