using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Storage;
using FollowUp.Testing.InMemory;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Tests.Support;

/// <summary>
/// A real Durable Task runtime in the test process (the in-process test host: gRPC sidecar, worker
/// and client) running the production orchestration and activities, with the email port recorded.
/// </summary>
public sealed class PlaybookHost : IAsyncDisposable
{
    private readonly DurableTaskTestHost _host;
    private readonly EpisodeCounter _episodes;

    private PlaybookHost(DurableTaskTestHost host, RecordingEmailDispatcher emails, EpisodeCounter episodes)
    {
        _host = host;
        Emails = emails;
        _episodes = episodes;
    }

    /// <summary>
    /// How many times the orchestrator function ran: once per episode, each one replaying the history
    /// from the start. The in-process backend keeps no history to read back, so this is the evidence.
    /// </summary>
    public int Episodes => _episodes.Count;

    public RecordingEmailDispatcher Emails { get; }

    public DurableTaskClient Client => _host.Client;

    public IServiceProvider Services => _host.Services;

    public ITalentPool TalentPool => Services.GetRequiredService<ITalentPool>();

    public ITimeline Timeline => Services.GetRequiredService<ITimeline>();

    public static async Task<PlaybookHost> StartAsync(TimeSpan? maximumTimerInterval = null, Action<IServiceCollection>? configure = null)
    {
        var emails = new RecordingEmailDispatcher();
        var episodes = new EpisodeCounter();
        var host = await DurableTaskTestHost.StartAsync(
            registry => registry
                .AddFollowUpActivities()
                .AddOrchestratorFunc<FollowUpInput, FollowUpStatus>(nameof(FollowUpOrchestrator), (context, input) =>
                {
                    episodes.Increment();
                    return new FollowUpOrchestrator().RunAsync(context, input);
                }),
            new DurableTaskTestHostOptions
            {
                Port = FreePort(),
                LoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning)),
                ConfigureServices = services =>
                {
                    services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
                    // The address hash key is the one setting the playbook's services need from outside.
                    services.AddFollowUpPlaybook(new ConfigurationBuilder()
                        .AddInMemoryCollection(new Dictionary<string, string?> { ["FollowUp:Privacy:AddressHashKey"] = "playbook-host-address-hash-key" })
                        .Build());
                    services.AddInMemoryStores();
                    services.AddSingleton<IEmailDispatcher>(emails);
                    if (maximumTimerInterval is { } interval)
                    {
                        services.ConfigureAll<DurableTaskWorkerOptions>(options => options.MaximumTimerInterval = interval);
                    }

                    configure?.Invoke(services);
                },
            });
        return new PlaybookHost(host, emails, episodes);
    }

    public async Task<string> StartFollowUpAsync(InterviewReport report, FollowUpPolicy? policy = null, int version = FollowUpInput.CurrentVersion)
    {
        var input = new FollowUpInput(report, policy ?? Reports.FastPolicy, DateTimeOffset.UtcNow, Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), version);
        return await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(FollowUpOrchestrator),
            input,
            new Microsoft.DurableTask.StartOrchestrationOptions { InstanceId = report.InterviewId });
    }

    /// <summary>Polls the custom status until it satisfies <paramref name="condition"/>.</summary>
    public async Task<FollowUpStatus> WaitForStatusAsync(string instanceId, Func<FollowUpStatus, bool> condition, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        FollowUpStatus? last = null;
        while (!deadline.IsCancellationRequested)
        {
            var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            if (metadata?.SerializedCustomStatus is not null)
            {
                last = metadata.ReadCustomStatusAs<FollowUpStatus>();
                if (last is not null && condition(last))
                {
                    return last;
                }
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new TimeoutException($"Status of {instanceId} never met the condition; last was {last}.");
    }

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, deadline.Token);
    }

    /// <summary>The instance's current input: after a continue-as-new, the next execution's.</summary>
    public async Task<FollowUpInput?> InputAsync(string instanceId)
    {
        var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        return metadata?.SerializedInput is null ? null : metadata.ReadInputAs<FollowUpInput>();
    }

    public Task RaiseAsync(string instanceId, string eventName, object payload) =>
        Client.RaiseEventAsync(instanceId, eventName, payload);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private sealed class EpisodeCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
