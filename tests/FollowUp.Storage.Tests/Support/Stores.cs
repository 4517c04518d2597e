using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Storage;
using FollowUp.Testing;
using FollowUp.Testing.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Storage.Tests.Support;

/// <summary>Every store port, resolved the way a host resolves them.</summary>
public sealed record Stores(
    IInterviewStore Interviews,
    ITalentPool TalentPool,
    IRetrospectiveStore Retrospectives,
    ITimeline Timeline,
    IInboundMessageLog InboundMessages,
    IWebhookTokenLog WebhookTokens,
    ICaseList Cases,
    IVoiceRecordings Voice,
    ISlotStore Slots)
{
    public static Stores InMemory() => Resolve(new ServiceCollection().AddInMemoryStores());

    /// <summary>Table stores on tables of their own (a fresh prefix), so tests sharing one Azurite never see each other's rows.</summary>
    public static Stores Tables(AzuriteServer azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var configuration = Configuration(
            ("AzureWebJobsStorage", azurite.ConnectionString),
            (TableStorageServiceCollectionExtensions.TablePrefixKey, UniquePrefix()),
            (TableStorageServiceCollectionExtensions.VoiceContainerKey, "voice-" + Guid.NewGuid().ToString("N")));
        return Resolve(new ServiceCollection().AddFollowUpPlaybook(configuration).AddFollowUpTableStorage(configuration));
    }

    public static string UniquePrefix() => "T" + Guid.NewGuid().ToString("N")[..16];

    public const string AddressHashKey = "storage-tests-address-hash-key-0123";

    /// <summary>The settings given, and the address hash key every table store keys candidates by.</summary>
    public static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new("FollowUp:Privacy:AddressHashKey", AddressHashKey), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))])
            .Build();

    public static Orchestrations.Privacy.AddressHasher Hasher { get; } =
        new(Microsoft.Extensions.Options.Options.Create(new Orchestrations.Privacy.PrivacyOptions { AddressHashKey = AddressHashKey }));

    private static Stores Resolve(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        return new Stores(
            provider.GetRequiredService<IInterviewStore>(),
            provider.GetRequiredService<ITalentPool>(),
            provider.GetRequiredService<IRetrospectiveStore>(),
            provider.GetRequiredService<ITimeline>(),
            provider.GetRequiredService<IInboundMessageLog>(),
            provider.GetRequiredService<IWebhookTokenLog>(),
            provider.GetRequiredService<ICaseList>(),
            provider.GetRequiredService<IVoiceRecordings>(),
            provider.GetRequiredService<ISlotStore>());
    }
}
