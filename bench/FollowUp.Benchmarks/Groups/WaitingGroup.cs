using System.Diagnostics;
using System.Net;
using System.Text;
using FollowUp.Benchmarks.Harness;
using FollowUp.Testing;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 4. What waiting costs: the local host process (as ./run.sh runs it, real policy: a 2-day reply
/// window) idle, then with N <c>considering</c> interviews all waiting on their reply timers.
/// "All waiting" is read from the durable Instances table: every instance Running with stage
/// AwaitingReply. RSS and CPU are the operating system's figures for the host process.
/// </summary>
internal static class WaitingGroup
{
    private const int WarmUp = 20;
    private const string TaskHub = "benchwaiting";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task<WaitingResult> RunAsync(AzuriteServer azurite, BenchOptions options, Action<string> log)
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUpTaskHub"] = TaskHub,
            ["FollowUp__Policy__SendWindow"] = "09:00-19:00",
        });
        using var probe = ProcessProbe.LocalHost(host.HttpPort) ?? throw new InvalidOperationException("Could not find the local host's process.");
        using var azuriteProbe = ProcessProbe.Azurite(azurite.TablePort) ?? throw new InvalidOperationException("Could not find Azurite's process.");
        var tables = new DurableTables(azurite.ConnectionString, TaskHub);
        var outbox = Path.Combine(host.DataDirectory, "outbox");

        // The same code paths warm, so the difference below is the waiting instances, not JIT.
        await StartAsync(host, "wait-warm", WarmUp, 4, log: null);
        await WaitUntilAllWaitingAsync(tables, outbox, WarmUp, TimeSpan.FromMinutes(2), log: null);
        await Task.Delay(Settle);
        var idle = await probe.SampleAsync(options.SampleWindow);
        var azuriteIdle = await azuriteProbe.SampleAsync(TimeSpan.FromSeconds(5));
        log($"  idle: RSS {Mb(idle.RssBytes):F0} MB, CPU {idle.Cores * 100:F1}% of a core");

        var clock = Stopwatch.StartNew();
        await StartAsync(host, "wait", options.Waiting, 16, log);
        var startSeconds = clock.Elapsed.TotalSeconds;
        log($"  {options.Waiting} reports accepted in {startSeconds:F0} s");
        await WaitUntilAllWaitingAsync(tables, outbox, WarmUp + options.Waiting, TimeSpan.FromSeconds(120 + options.Waiting), log);
        var settleSeconds = clock.Elapsed.TotalSeconds;
        await Task.Delay(Settle);
        var loaded = await probe.SampleAsync(options.SampleWindow);
        var azuriteLoaded = await azuriteProbe.SampleAsync(TimeSpan.FromSeconds(5));
        log($"  {options.Waiting} waiting: RSS {Mb(loaded.RssBytes):F0} MB (peak {Mb(loaded.PeakRssBytes):F0}), CPU {loaded.Cores * 100:F1}% of a core");

        return new WaitingResult(
            options.Waiting,
            startSeconds,
            options.Waiting / settleSeconds,
            settleSeconds,
            idle.RssBytes,
            idle.Cores,
            loaded.RssBytes,
            loaded.PeakRssBytes,
            loaded.Cores,
            azuriteIdle.Cores,
            azuriteLoaded.Cores,
            azuriteIdle.RssBytes,
            azuriteLoaded.RssBytes);
    }

    private static async Task StartAsync(LocalHostProcess host, string prefix, int count, int concurrency, Action<string>? log)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        var lastLog = TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var id = $"{prefix}-{i}";
                using var content = new StringContent(SampleReports.Report(id, "considering").ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await host.Http.PostAsync(new Uri("/api/interviews", UriKind.Relative), content);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"POST /api/interviews for {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                if (log is not null && clock.Elapsed - lastLog > TimeSpan.FromSeconds(30))
                {
                    lastLog = clock.Elapsed;
                    log($"  started {i + 1}/{count} after {clock.Elapsed.TotalSeconds:F0} s");
                }
            }
        }));
    }

    private static async Task WaitUntilAllWaitingAsync(DurableTables tables, string outbox, int expected, TimeSpan timeout, Action<string>? log)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var emails = Directory.Exists(outbox) ? Directory.EnumerateFiles(outbox, "*.eml").Count(f => !Path.GetFileName(f).StartsWith('.')) : 0;
            var waiting = 0;
            if (emails >= expected)
            {
                await foreach (var row in tables.InstancesAsync())
                {
                    if (row.RuntimeStatus == "Running" && row.CustomStatus?.Contains("\"AwaitingReply\"", StringComparison.Ordinal) == true)
                    {
                        waiting++;
                    }
                }

                if (waiting >= expected)
                {
                    return;
                }
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"After {timeout.TotalSeconds:F0} s only {waiting} of {expected} interviews wait ({emails} emails out).");
            }

            log?.Invoke($"  waiting for the backlog: {emails}/{expected} thank-you emails out, {waiting} instances waiting");
            await Task.Delay(TimeSpan.FromSeconds(emails >= expected ? 2 : 10));
        }
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
