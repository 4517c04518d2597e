using System.Diagnostics;
using FollowUp.Api.Routing;
using FollowUp.Benchmarks.Harness;
using FollowUp.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 2. Throughput on one host and one backend: reports through the intake (the code behind
/// <c>POST /api/interviews</c>) until each report's last same-day email is out, then a bare
/// orchestration that calls one no-op activity until its activity has run. Closed loop with a fixed
/// number of items in flight for the given duration; the rate counts until the last item is done.
/// </summary>
internal static class ThroughputGroup
{
    private static readonly TimeSpan ItemTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The last email each branch sends on the day of the report.</summary>
    private static readonly Dictionary<string, string> LastSameDayEmail = new(StringComparer.Ordinal)
    {
        ["proceed"] = "ProceedConfirmation",
        ["considering"] = "ConsideringThanks",
        ["undecided"] = "UndecidedThanks",
        ["declined"] = "OwnerSnsConnect",
    };

    /// <summary>
    /// Activities each branch runs on the day of the report (FollowUpRun, playbook version 4: the intake
    /// records the report, so no RecordInterview): proceed with a date SendEmail; considering SendEmail;
    /// undecided SendEmail + UpdateTalentPool (together); declined SendEmail, WriteRetrospective and
    /// UpdateTalentPool (together), then SendEmail ×2. Version 3 ran RecordInterview first and all of them
    /// one after another (2, 2, 3, 6).
    /// </summary>
    private static readonly Dictionary<string, int> SameDayActivities = new(StringComparer.Ordinal)
    {
        ["proceed"] = 1,
        ["considering"] = 1,
        ["undecided"] = 2,
        ["declined"] = 5,
    };

    public static async Task<ThroughputResult> RunAsync(AzuriteServer azurite, BenchOptions options, Action<string> log)
    {
        var settings = new BenchHostSettings
        {
            ConnectionString = azurite.ConnectionString,
            TaskHub = "benchthroughput",
            Policy = new Dictionary<string, string> { ["SendWindow"] = "00:00-24:00" },
        };
        await using var host = await BenchHost.StartAsync(options.Partitions is { } partitions ? settings with { Storage = settings.Storage with { PartitionCount = partitions } } : settings);
        using var azuriteProbe = ProcessProbe.Azurite(azurite.TablePort);
        using var self = ProcessProbe.Self();

        // Warm both paths (JIT, tables, queues) before either is timed.
        await LoopAsync("warm-up bare", host, TimeSpan.FromSeconds(3), 4, Bare(host), null, null, _ => { });
        await LoopAsync("warm-up ours", host, TimeSpan.FromSeconds(3), 4, Ours(host), null, null, _ => { });

        var bare = await LoopAsync("bare", host, options.Duration, options.ThroughputConcurrency, Bare(host), self, azuriteProbe, log);
        var ours = await LoopAsync("ours", host, options.Duration, options.ThroughputConcurrency, Ours(host), self, azuriteProbe, log);
        return new ThroughputResult(ours, bare, options.ThroughputConcurrency, SampleReports.Rotation.Average(r => SameDayActivities[r]));
    }

    private static Func<string, int, Task<Task<long>>> Bare(BenchHost host) => async (id, _) =>
    {
        var done = host.Board.Expect(id, "NoOp");
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BareOrchestrator), id, new StartOrchestrationOptions { InstanceId = id });
        return done;
    };

    private static Func<string, int, Task<Task<long>>> Ours(BenchHost host) => async (id, n) =>
    {
        var report = SampleReports.Rotating(id, n);
        var done = host.Board.Expect(id, LastSameDayEmail[report["reaction"]!.GetValue<string>()]);
        var answer = await host.CallAsync(RouteNames.SubmitInterview, SampleReports.Bytes(report));
        if (answer.StatusCode != 202)
        {
            throw new InvalidOperationException($"Report {id} was not accepted: {answer.StatusCode} {answer.Body}");
        }

        return done;
    };

    private static async Task<ThroughputRun> LoopAsync(
        string name,
        BenchHost host,
        TimeSpan duration,
        int concurrency,
        Func<string, int, Task<Task<long>>> start,
        ProcessProbe? self,
        ProcessProbe? azurite,
        Action<string> log)
    {
        var prefix = $"{name.Replace(' ', '-')}-{Guid.NewGuid():N}"[..24];
        var selfCpu = self?.CpuTime ?? TimeSpan.Zero;
        var azuriteCpu = azurite?.CpuTime ?? TimeSpan.Zero;
        var started = Stopwatch.GetTimestamp();
        var submitEnded = 0L;
        var lastDone = started;
        var latencies = new List<double>();
        var doneAt = new List<long>();
        var next = -1;
        var progress = Task.Run(async () =>
        {
            while (Volatile.Read(ref submitEnded) == 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(15));
                lock (latencies)
                {
                    if (latencies.Count > 0)
                    {
                        log($"  {name}: {latencies.Count} done after {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
                    }
                }
            }
        });

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var i = Interlocked.Increment(ref next);
                var begun = Stopwatch.GetTimestamp();
                var done = await start($"{prefix}-{i}", i);
                var at = await done.WaitAsync(ItemTimeout);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(begun, at).TotalMilliseconds);
                    doneAt.Add(at);
                    lastDone = Math.Max(lastDone, at);
                }
            }
        }));
        Volatile.Write(ref submitEnded, Stopwatch.GetTimestamp());
        await progress;

        var seconds = Stopwatch.GetElapsedTime(started, lastDone).TotalSeconds;
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var azuriteSeconds = azurite is null ? 0 : (azurite.CpuTime - azuriteCpu).TotalSeconds;
        var selfSeconds = self is null ? 0 : (self.CpuTime - selfCpu).TotalSeconds;
        var run = new ThroughputRun(
            name,
            latencies.Count,
            Stopwatch.GetElapsedTime(started, submitEnded).TotalSeconds,
            seconds,
            latencies.Count / seconds,
            selfSeconds / wall,
            azuriteSeconds / wall,
            latencies.Count == 0 ? 0 : azuriteSeconds * 1000 / latencies.Count,
            LatencyStats.Of(latencies),
            doneAt.Count(at => at <= started + (long)(duration.TotalSeconds * Stopwatch.Frequency)) / duration.TotalSeconds);
        if (self is not null)
        {
            log($"  {name}: {run.Completed} in {run.Seconds:F1} s = {run.PerSecond:F1}/s; Azurite {run.AzuriteCpuCores:F2} cores, {run.AzuriteCpuMsPerItem:F0} ms CPU per item; bench process {run.HarnessCpuCores:F2} cores");
        }

        return run;
    }
}
