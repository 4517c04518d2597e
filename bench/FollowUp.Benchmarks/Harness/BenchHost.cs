using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using FollowUp.Api;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Email;
using FollowUp.Email.Dispatch;
using FollowUp.LocalHost;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Emails;
using FollowUp.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Benchmarks.Harness;

/// <summary>What differs between the benchmark's in-process hosts.</summary>
internal sealed record BenchHostSettings
{
    public required string ConnectionString { get; init; }

    public required string TaskHub { get; init; }

    /// <summary>FollowUp:Policy values (ReplyWindow = PT2S …); unset keys keep the product's defaults.</summary>
    public IReadOnlyDictionary<string, string> Policy { get; init; } = new Dictionary<string, string>();

    /// <summary>The local host's defaults (LocalHostOptions), so the benchmark measures the provider as ./run.sh configures it.</summary>
    public DurableStorageOptions Storage { get; init; } = DurableBackend.StorageOf(new LocalHostOptions());

    /// <summary>The worker's timer chunk (default 3 days); shrunk to replay production timer splitting in seconds.</summary>
    public TimeSpan? MaximumTimerInterval { get; init; }
}

/// <summary>
/// The local host's durable composition, in this process: the Durable Task gRPC sidecar over the
/// Azure Storage provider on Azurite, a gRPC worker and client on loopback, FollowUp's activities
/// with Table Storage and the pickup transport. Registers, beside FollowUp's orchestration, a bare
/// orchestration with one no-op activity, so both run on the same host and backend.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, string dataDirectory, CompletionBoard board, DurableStorageOptions storage)
    {
        _app = app;
        Storage = storage;
        DataDirectory = dataDirectory;
        Board = board;
        Client = app.Services.GetRequiredService<DurableTaskClient>();
    }

    public string DataDirectory { get; }

    /// <summary>The provider settings this host runs with.</summary>
    public DurableStorageOptions Storage { get; }


    public string Outbox => Path.Combine(DataDirectory, "outbox");

    public CompletionBoard Board { get; }

    public DurableTaskClient Client { get; }

    /// <summary>Calls a route of the table as a client's request would reach it, body and all.</summary>
    public async Task<ApiAnswer> CallAsync(string route, byte[] body, params (string Name, string Value)[] routeValues)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(body);
        return await scope.ServiceProvider.GetRequiredService<ApiRouter>().InvokeAsync(route, context.Request, Client, CancellationToken.None, routeValues);
    }

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Starts a host; a sidecar port taken by another process between choosing and binding it is retried on a new one.</summary>
    public static async Task<BenchHost> StartAsync(BenchHostSettings settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = await StartOnceAsync(settings).ConfigureAwait(false);
            if (await host.AnswersAsync().ConfigureAwait(false) || attempt == 3)
            {
                return host;
            }

            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> AnswersAsync()
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(15);)
        {
            try
            {
                await Client.GetInstanceAsync("followup-bench-probe").ConfigureAwait(false);
                return true;
            }
            catch (Grpc.Core.RpcException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
            }
        }

        return false;
    }

    private static async Task<BenchHost> StartOnceAsync(BenchHostSettings settings)
    {
        var data = Directory.CreateTempSubdirectory("followup-bench-").FullName;
        var sidecarPort = FreePort();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = data });
        builder.Configuration.Sources.Clear();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = settings.ConnectionString,
            ["FollowUp:PublicBaseUrl"] = "http://127.0.0.1:7071",
            ["FollowUp:Email:Transport"] = "Pickup",
            ["FollowUp:Email:PickupDirectory"] = Path.Combine(data, "outbox"),
            ["FollowUp:Email:From"] = "FollowUp <noreply@followup.localhost>",
            ["FollowUp:Email:ReplyAddress"] = "replies@followup.localhost",
            ["FollowUp:Tokens:SigningKey"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            ["FollowUp:Inbound:SigningSecret"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in settings.Policy)
        {
            values[$"FollowUp:Policy:{key}"] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error);
        builder.Services.Configure<HostOptions>(host => host.ServicesStopConcurrently = true);

        var board = new CompletionBoard();
        builder.Services.AddSingleton(board);
        builder.Services.AddFollowUpApi(builder.Configuration);
        builder.Services.AddFollowUpEmail(builder.Configuration);
        builder.Services.AddFollowUpTableStorage(builder.Configuration);
        builder.Services.RemoveAll<IEmailDispatcher>();
        builder.Services.AddSingleton<EmailDispatcher>();
        builder.Services.AddSingleton<IEmailDispatcher>(sp => new SignallingEmailDispatcher(sp.GetRequiredService<EmailDispatcher>(), board));

        using var logs = LoggerFactory.Create(logging => logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error));
        var durable = new DurableBackendSettings
        {
            ConnectionString = settings.ConnectionString,
            TaskHub = settings.TaskHub,
            WorkerId = "followup-bench",
            SidecarPort = sidecarPort,
            Storage = settings.Storage,
            MaximumTimerInterval = settings.MaximumTimerInterval,
            MoreTasks = tasks => tasks.AddOrchestrator<BareOrchestrator>().AddActivity<NoOpActivity>(),
        };
        var service = DurableBackend.CreateOrchestrationService(durable, logs);
        builder.Services.AddDurableBackend(builder.WebHost, service, durable);

        var app = builder.Build();
        app.MapDurableSidecar(durable);
        await service.CreateIfNotExistsAsync().ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        return new BenchHost(app, data, board, settings.Storage);
    }

    public async ValueTask DisposeAsync()
    {
        // The sidecar stops the provider from ApplicationStopping without waiting for it. Left to that,
        // the provider may still be letting its partition lease go when the caller stops Azurite, wait
        // ten minutes for a storage that is gone and then fail the whole process from a thread-pool
        // thread. Stopped here first, it lets go while Azurite runs; the sidecar's later stop finds it done.
        try
        {
            await _app.Services.GetRequiredService<DurableTask.Core.IOrchestrationService>().StopAsync(isForced: true)
                .WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }

        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            try
            {
                await _app.StopAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
