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
    /// <summary>As many reports, as many at once, as the load's first seconds: the idle figure then holds the same JIT, thread pool and buffers.</summary>
    private const int WarmUp = 64;

    private const int Concurrency = 16;
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

        // A CPU figure of "idle + 1 % of a core" needs a window long enough for the pollers' rhythm to average out.
        var window = options.SampleWindow * 3;

        // The same code paths warm, so the difference below is the waiting instances, not JIT.
        await StartAsync(host, "wait-warm", WarmUp, Concurrency, accepted: null, log: null);
        await WaitUntilAllWaitingAsync(tables, outbox, WarmUp, TimeSpan.FromMinutes(2), log: null);
        await Task.Delay(Settle);
        var idle = await MeasureAsync(probe, window);
        var azuriteIdle = await azuriteProbe.SampleAsync(TimeSpan.FromSeconds(5));
        var storeIdle = await StorageCensus.TakeAsync(azurite.ConnectionString);
        log($"  idle: RSS {Mb(idle.RssBeforeGc):F0} MB, {Mb(idle.RssAfterGc):F0} MB after a full GC; CPU {idle.Cores * 100:F2}% of a core");

        var clock = Stopwatch.StartNew();
        var azuriteCpu0 = azuriteProbe.CpuTime;
        var accepted = 0;
        var progress = new List<WaitingProgress>();
        using var stopProgress = new CancellationTokenSource();
        var progressTask = TrackProgressAsync(clock, () => Volatile.Read(ref accepted), outbox, WarmUp, azuriteProbe, progress, log, stopProgress.Token);
        await StartAsync(host, "wait", options.Waiting, Concurrency, () => Interlocked.Increment(ref accepted), log: null);
        var startSeconds = clock.Elapsed.TotalSeconds;
        log($"  {options.Waiting} reports accepted in {startSeconds:F0} s");
        await WaitUntilAllWaitingAsync(tables, outbox, WarmUp + options.Waiting, TimeSpan.FromSeconds(120 + options.Waiting), log);
        var settleSeconds = clock.Elapsed.TotalSeconds;
        var azuriteSeedCores = (azuriteProbe.CpuTime - azuriteCpu0).TotalSeconds / settleSeconds;
        await stopProgress.CancelAsync();
        await progressTask;
        await Task.Delay(Settle);
        var loaded = await MeasureAsync(probe, window);
        var azuriteLoaded = await azuriteProbe.SampleAsync(TimeSpan.FromSeconds(5));
        var storeLoaded = await StorageCensus.TakeAsync(azurite.ConnectionString);
        log($"  {options.Waiting} waiting: RSS {Mb(loaded.RssBeforeGc):F0} MB (peak {Mb(loaded.PeakRss):F0}), {Mb(loaded.RssAfterGc):F0} MB after a full GC; CPU {loaded.Cores * 100:F2}% of a core");

        return new WaitingResult(
            options.Waiting,
            startSeconds,
            options.Waiting / settleSeconds,
            settleSeconds,
            idle.RssBeforeGc,
            idle.Cores,
            loaded.RssBeforeGc,
            loaded.PeakRss,
            loaded.Cores,
            azuriteIdle.Cores,
            azuriteLoaded.Cores,
            azuriteIdle.RssBytes,
            azuriteLoaded.RssBytes)
        {
            IdleRssAfterGcBytes = idle.RssAfterGc,
            LoadedRssAfterGcBytes = loaded.RssAfterGc,
            SampleSeconds = window.TotalSeconds,
            AzuriteSeedingCpuCores = azuriteSeedCores,
            Progress = progress,
            StorePerCase = StorageCensus.PerCase(storeIdle, storeLoaded, options.Waiting),
        };
    }

    /// <summary>RSS as it stands, RSS after a full GC, then CPU over the window (the GC's own work left out).</summary>
    private static async Task<HostSample> MeasureAsync(ProcessProbe probe, TimeSpan window)
    {
        var before = probe.RssBytes;
        var generation = await InducedGc.CollectAsync(probe.Id);
        if (generation != 2)
        {
            throw new InvalidOperationException($"The host ran an induced collection of generation {generation}, not a full one.");
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var afterGc = probe.RssBytes;
        var sample = await probe.SampleAsync(window);
        return new HostSample(before, afterGc, Math.Max(before, sample.PeakRssBytes), sample.Cores);
    }

    /// <summary>Every 30 s while the cases start: how many were accepted, how many got their thank-you, and how busy Azurite was.</summary>
    private static async Task TrackProgressAsync(
        Stopwatch clock, Func<int> accepted, string outbox, int warmUpEmails, ProcessProbe azurite, List<WaitingProgress> progress, Action<string> log, CancellationToken stop)
    {
        var lastCpu = azurite.CpuTime;
        var lastAt = clock.Elapsed;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var cpu = azurite.CpuTime;
            var at = clock.Elapsed;
            var emails = CountEmails(outbox) - warmUpEmails;
            var point = new WaitingProgress(at.TotalSeconds, accepted(), emails, (cpu - lastCpu).TotalSeconds / (at - lastAt).TotalSeconds, azurite.RssBytes);
            progress.Add(point);
            log($"  after {point.Seconds:F0} s: {point.Accepted} accepted, {point.Emailed} thanked; Azurite {point.AzuriteCores * 100:F0}% of a core, {Mb(point.AzuriteRssBytes):F0} MB");
            (lastCpu, lastAt) = (cpu, at);
        }
    }

    private static int CountEmails(string outbox) =>
        Directory.Exists(outbox) ? Directory.EnumerateFiles(outbox, "*.eml").Count(f => !Path.GetFileName(f).StartsWith('.')) : 0;

    private sealed record HostSample(long RssBeforeGc, long RssAfterGc, long PeakRss, double Cores);

    private static async Task StartAsync(LocalHostProcess host, string prefix, int count, int concurrency, Action? accepted, Action<string>? log)
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

                accepted?.Invoke();

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
            var emails = CountEmails(outbox);
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
