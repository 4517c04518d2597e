using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;

namespace FollowUp.LocalHost;

/// <summary>The Azure Storage provider's settings that host.json sets for the Azure app (extensions.durableTask.storageProvider).</summary>
internal sealed record DurableStorageOptions(
    int PartitionCount,
    int ControlQueueBatchSize,
    TimeSpan MaxQueuePollingInterval,
    TimeSpan MessageVisibilityTimeout,
    int MaxConcurrentActivities,
    int MaxConcurrentOrchestrations);

/// <summary>What one durable backend needs: where its task hub lives and how it polls and leases it.</summary>
internal sealed record DurableBackendSettings
{
    public required string ConnectionString { get; init; }

    public required string TaskHub { get; init; }

    /// <summary>A fixed worker id: after a crash the restarted host reclaims its own partition leases at once.</summary>
    public required string WorkerId { get; init; }

    public required int SidecarPort { get; init; }

    /// <summary>The Azure Storage provider's tuning, the same values host.json gives the Azure app.</summary>
    public required DurableStorageOptions Storage { get; init; }

    /// <summary>The worker's timer chunk (default 3 days); shrunk by the benchmark to replay production timer splitting in seconds.</summary>
    public TimeSpan? MaximumTimerInterval { get; init; }

    /// <summary>Orchestrations and activities registered beside FollowUp's (the benchmark's bare orchestration).</summary>
    public Action<DurableTaskRegistry>? MoreTasks { get; init; }
}

/// <summary>
/// Durable Functions' runtime without the Functions host: the Durable Task gRPC sidecar over the
/// Azure Storage provider (the backend Durable Functions uses in Azure) on Azurite, with this
/// process's worker and client connected to it. Same orchestration, same activities, same storage
/// layout as the Azure app. The local host and the benchmark's in-process host both compose it here.
/// </summary>
internal static class DurableBackend
{
    /// <summary>The local host's worker id.</summary>
    public const string WorkerId = "followup-local";

    public static DurableBackendSettings SettingsFor(IConfiguration configuration, LocalHostOptions options) => new()
    {
        ConnectionString = configuration["AzureWebJobsStorage"]
            ?? throw new InvalidOperationException("AzureWebJobsStorage is not set: give the Azurite connection string (UseDevelopmentStorage=true for the default ports)."),
        TaskHub = configuration["FollowUpTaskHub"] ?? "FollowUpLocal",
        WorkerId = WorkerId,
        SidecarPort = options.SidecarPort,
        Storage = StorageOf(options),
    };

    public static DurableStorageOptions StorageOf(LocalHostOptions options) =>
        new(
            options.PartitionCount,
            options.ControlQueueBatchSize,
            options.QueuePollingInterval,
            options.MessageVisibilityTimeout,
            Positive(options.MaxConcurrentActivities, nameof(LocalHostOptions.MaxConcurrentActivities)),
            Positive(options.MaxConcurrentOrchestrations, nameof(LocalHostOptions.MaxConcurrentOrchestrations)));

    private static int Positive(int value, string setting) => value > 0
        ? value
        : throw new InvalidOperationException($"{LocalHostOptions.SectionName}:{setting} is {value}: give a number of at least 1.");

    public static AzureStorageOrchestrationService CreateOrchestrationService(DurableBackendSettings settings, ILoggerFactory loggerFactory)
    {
        var storage = settings.Storage;
        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = settings.TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(settings.ConnectionString),
            WorkerId = settings.WorkerId,
            PartitionCount = storage.PartitionCount,
            ControlQueueBatchSize = storage.ControlQueueBatchSize,
            MaxQueuePollingInterval = storage.MaxQueuePollingInterval,
            WorkItemQueueVisibilityTimeout = storage.MessageVisibilityTimeout,
            ControlQueueVisibilityTimeout = storage.MessageVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = storage.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = storage.MaxConcurrentOrchestrations,
            LoggerFactory = loggerFactory,
        });
    }

    /// <summary>The sidecar over <paramref name="service"/> on its own HTTP/2 port, and this process's worker and client on it.</summary>
    public static IServiceCollection AddDurableBackend(this IServiceCollection services, IWebHostBuilder webHost, AzureStorageOrchestrationService service, DurableBackendSettings settings)
    {
        services.AddSingleton<IOrchestrationService>(service);
        services.AddSingleton<IOrchestrationServiceClient>(service);
        services.AddSingleton<TaskHubGrpcServer>();
        services.AddGrpc();
        webHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(System.Net.IPAddress.Loopback, settings.SidecarPort, listen => listen.Protocols = HttpProtocols.Http2));

        // One channel each, owned by the container: a worker that connects before the sidecar listens
        // puts its channel into reconnect backoff, and a shared channel would then fail the client's
        // calls until it ends.
        var sidecar = $"http://127.0.0.1:{settings.SidecarPort}";
        var channels = new SidecarChannels(GrpcChannel.ForAddress(sidecar), GrpcChannel.ForAddress(sidecar));
        services.AddSingleton(channels);
        services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(tasks =>
            {
                FollowUp.Orchestrations.FollowUpTaskRegistry.AddFollowUpTasks(tasks);
                settings.MoreTasks?.Invoke(tasks);
            });
            worker.UseGrpc(channels.Worker);
            if (settings.MaximumTimerInterval is { } chunk)
            {
                worker.Configure(options => options.MaximumTimerInterval = chunk);
            }
        });
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(channels.Client);
            client.RegisterDirectly();
        });
        return services;
    }

    public static void MapDurableSidecar(this WebApplication app, DurableBackendSettings settings) =>
        app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{settings.SidecarPort}");

    /// <summary>Disposed with the container that holds it.</summary>
    internal sealed record SidecarChannels(GrpcChannel Worker, GrpcChannel Client) : IDisposable
    {
        public void Dispose()
        {
            Worker.Dispose();
            Client.Dispose();
        }
    }
}
