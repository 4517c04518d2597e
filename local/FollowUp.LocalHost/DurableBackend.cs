using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;

namespace FollowUp.LocalHost;

/// <summary>
/// Durable Functions' runtime without the Functions host: the Durable Task gRPC sidecar over the
/// Azure Storage provider (the backend Durable Functions uses in Azure) on Azurite, with this
/// process's worker and client connected to it. Same orchestration, same activities, same storage
/// layout as the Azure app.
/// </summary>
internal static class DurableBackend
{
    /// <summary>A fixed worker id: after a crash the restarted host reclaims its own partition leases at once.</summary>
    public const string WorkerId = "followup-local";

    public static AzureStorageOrchestrationService CreateOrchestrationService(IConfiguration configuration, LocalHostOptions options, ILoggerFactory loggerFactory)
    {
        var connectionString = configuration["AzureWebJobsStorage"]
            ?? throw new InvalidOperationException("AzureWebJobsStorage is not set: give the Azurite connection string (UseDevelopmentStorage=true for the default ports).");
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = configuration["FollowUpTaskHub"] ?? "FollowUpLocal",
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            WorkerId = WorkerId,
            MaxQueuePollingInterval = options.QueuePollingInterval,
            WorkItemQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            ControlQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            LoggerFactory = loggerFactory,
        };
        return new AzureStorageOrchestrationService(settings);
    }

    public static WebApplicationBuilder AddDurableBackend(this WebApplicationBuilder builder, AzureStorageOrchestrationService service, LocalHostOptions options)
    {
        builder.Services.AddSingleton<IOrchestrationService>(service);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        builder.Services.AddGrpc();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ListenLocalhost(options.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(System.Net.IPAddress.Loopback, options.SidecarPort, listen => listen.Protocols = HttpProtocols.Http2);
        });

        // One channel each: a worker that connects before the sidecar listens puts its channel into
        // reconnect backoff, and a shared channel would then fail the client's calls until it ends.
        var sidecar = $"http://127.0.0.1:{options.SidecarPort}";
        var workerChannel = GrpcChannel.ForAddress(sidecar);
        var clientChannel = GrpcChannel.ForAddress(sidecar);
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(tasks => FollowUp.Orchestrations.FollowUpTaskRegistry.AddFollowUpTasks(tasks));
            worker.UseGrpc(workerChannel);
        });
        builder.Services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(clientChannel);
            client.RegisterDirectly();
        });
        return builder;
    }

    public static void MapDurableSidecar(this WebApplication app, LocalHostOptions options) =>
        app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{options.SidecarPort}");
}
