using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FollowUp.Storage;

public static class TableStorageServiceCollectionExtensions
{
    public const string TablePrefixKey = "FollowUp:Storage:TablePrefix";

    /// <summary>The private blob container of voice recordings; the Bicep creates it under this default name.</summary>
    public const string VoiceContainerKey = "FollowUp:Storage:VoiceContainer";

    public const string DefaultVoiceContainer = "voice-recordings";

    /// <summary>
    /// Puts every store on Azure Table Storage, replacing the process-local ones whether
    /// <c>AddFollowUpPlaybook</c> ran before or after. Reads the settings now, so a missing or
    /// malformed one stops the host at start-up rather than at the first interview.
    /// </summary>
    /// <exception cref="InvalidOperationException">No storage setting (see <see cref="TableStorageConnection"/>).</exception>
    /// <exception cref="ArgumentException"><c>FollowUp:Storage:TablePrefix</c> is not a valid table-name prefix.</exception>
    public static IServiceCollection AddFollowUpTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var client = TableStorageConnection.CreateClient(configuration);
        var prefix = configuration[TablePrefixKey] is { Length: > 0 } configured ? configured : TableStorageNames.DefaultPrefix;
        TableStorageNames.ThrowIfInvalidPrefix(prefix);
        var voiceContainer = configuration[VoiceContainerKey] is { Length: > 0 } named ? named : DefaultVoiceContainer;
        TableStorageNames.ThrowIfInvalidContainer(voiceContainer);
        var blobs = TableStorageConnection.CreateBlobClient(configuration);

        services.RemoveAll<FollowUpTables>();
        services.AddSingleton(sp => new FollowUpTables(
            client,
            prefix,
            sp.GetService<ILogger<FollowUpTables>>() ?? NullLogger<FollowUpTables>.Instance));

        services.RemoveAll<IInterviewStore>().AddSingleton<IInterviewStore, TableInterviewStore>();
        services.RemoveAll<ITalentPool>().AddSingleton<ITalentPool, TableTalentPool>();
        services.RemoveAll<IRetrospectiveStore>().AddSingleton<IRetrospectiveStore, TableRetrospectiveStore>();
        services.RemoveAll<ITimeline>().AddSingleton<ITimeline, TableTimeline>();
        services.RemoveAll<IErasureRecords>().AddSingleton<IErasureRecords, TableErasureRecords>();
        services.RemoveAll<ISlotStore>().AddSingleton<ISlotStore, TableSlotStore>();
        services.RemoveAll<IInboundMessageLog>().AddSingleton<IInboundMessageLog, TableInboundMessageLog>();
        services.RemoveAll<ICaseList>().AddSingleton<ICaseList, TableCaseList>();
        services.RemoveAll<IDigestLog>().AddSingleton<IDigestLog, TableDigestLog>();
        services.RemoveAll<IWebhookTokenLog>().AddSingleton<IWebhookTokenLog>(sp => new TableWebhookTokenLog(
            sp.GetRequiredService<FollowUpTables>(),
            sp.GetService<ILogger<TableWebhookTokenLog>>() ?? NullLogger<TableWebhookTokenLog>.Instance));
        services.RemoveAll<IVoiceRecordings>().AddSingleton<IVoiceRecordings>(new BlobVoiceRecordings(blobs.GetBlobContainerClient(voiceContainer)));
        return services;
    }
}
