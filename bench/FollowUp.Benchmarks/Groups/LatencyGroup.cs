using System.Diagnostics;
using System.Net;
using System.Text;
using FollowUp.Benchmarks.Harness;
using FollowUp.Testing;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 1. Report → first email on the local host as ./run.sh runs it (a separate process on Azurite):
/// from <c>POST /api/interviews</c> having answered to the interview's first .eml being in the
/// outbox. The four reactions in turn, so every branch's same-day email is in the sample.
/// </summary>
internal static partial class LatencyGroup
{
    private static readonly TimeSpan EmailTimeout = TimeSpan.FromSeconds(120);

    public static async Task<LatencyResult> RunAsync(AzuriteServer azurite, BenchOptions options, Action<string> log)
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUpTaskHub"] = "benchlatency",
        });
        using var outbox = new OutboxWatcher(Path.Combine(host.DataDirectory, "outbox"));

        // JIT, connection pools, table creation: not what a user waits for on the second report.
        for (var i = 0; i < 8; i++)
        {
            await ReportAsync(host, outbox, $"lat-warm-{i}", i);
        }

        var beforeAnswer = 0;
        var sequential = new List<double>();
        for (var i = 0; i < options.Sequential; i++)
        {
            var (ms, early) = await ReportAsync(host, outbox, $"lat-seq-{i}", i);
            sequential.Add(ms);
            beforeAnswer += early ? 1 : 0;
            if ((i + 1) % 50 == 0)
            {
                log($"  sequential {i + 1}/{options.Sequential}, p50 so far {LatencyStats.Of(sequential).P50:F0} ms");
            }
        }

        var concurrent = new List<(string Id, double Ms)>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < options.Concurrent)
            {
                var id = $"lat-con-{i}";
                var (ms, early) = await ReportAsync(host, outbox, id, i);
                lock (concurrent)
                {
                    concurrent.Add((id, ms));
                    beforeAnswer += early ? 1 : 0;
                }
            }
        }));
        var rate = options.Concurrent / clock.Elapsed.TotalSeconds;
        log($"  concurrency {options.Concurrency}: {options.Concurrent} reports in {clock.Elapsed.TotalSeconds:F1} s");

        // The Azure Storage provider defers a start message it dequeues before the client has written the
        // instance's row (its guard against duplicate starts) by 2 s; the host logs each one it defers.
        var deferred = DeferredStarts().Matches(host.Output).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var undeferred = concurrent.Where(c => !deferred.Contains(c.Id)).Select(c => c.Ms).ToList();
        log($"  {concurrent.Count(c => deferred.Contains(c.Id))} of {concurrent.Count} starts deferred by the provider");

        return new LatencyResult(LatencyStats.Of(sequential), LatencyStats.Of([.. concurrent.Select(c => c.Ms)]), options.Concurrency, rate, beforeAnswer, outbox.Fallbacks)
        {
            SequentialDeferredStarts = deferred.Count(id => id.StartsWith("lat-seq-", StringComparison.Ordinal)),
            ConcurrentDeferredStarts = concurrent.Count(c => deferred.Contains(c.Id)),
            ConcurrentWithoutDeferredStarts = undeferred.Count > 0 ? LatencyStats.Of(undeferred) : null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(lat-(?:seq|con)-\d+): Abandoning \[ExecutionStarted\]")]
    private static partial System.Text.RegularExpressions.Regex DeferredStarts();

    private static async Task<(double Ms, bool BeforeAnswer)> ReportAsync(LocalHostProcess host, OutboxWatcher outbox, string id, int n)
    {
        using var content = new StringContent(SampleReports.Rotating(id, n).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await host.Http.PostAsync(new Uri("/api/interviews", UriKind.Relative), content);
        var answered = Stopwatch.GetTimestamp();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /api/interviews for {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var emailed = await outbox.WaitForFirstAsync(id, EmailTimeout);
        var elapsed = Stopwatch.GetElapsedTime(answered, emailed);
        return emailed <= answered ? (0, true) : (elapsed.TotalMilliseconds, false);
    }
}
