using System.Globalization;
using System.Text;
using FollowUp.Benchmarks.Harness;

namespace FollowUp.Benchmarks;

/// <summary>The run as markdown tables, with the issue's goals beside the figures.</summary>
internal static class MarkdownReport
{
    public const double LatencyGoalMs = 1000;
    public const double RatioGoal = 0.8;
    public const int HistoryGoal = 40;
    public const double WaitingGoalMb = 50;

    public static string Render(BenchResults r)
    {
        var m = r.Machine;
        var s = new StringBuilder();
        Line(s, $"## FollowUp benchmarks — {r.Run.StartedAt:yyyy-MM-dd HH:mm} UTC");
        Line(s);
        Line(s, $"Machine: {m.Cpu}, {m.LogicalCores} logical cores, {m.MemoryGb:F0} GB RAM; {m.Os}; {m.DotNet}; Node {m.Node}; Azurite {m.Azurite}. ");
        Line(s, $"Options: `{r.Run.Options}`; run took {r.Run.Minutes:F1} min.");

        if (r.Latency is { } l)
        {
            Line(s);
            Line(s, "### 1. Report → first email");
            Line(s);
            Line(s, "Local host process on Azurite, as `./run.sh` runs it; from `POST /api/interviews` answering 202 to the interview's first `.eml` in the outbox.");
            Line(s);
            Line(s, "| run | reports | p50 | p95 | p99 | max | goal p95 ≤ 1 s |");
            Line(s, "|---|---:|---:|---:|---:|---:|---|");
            LatencyRow(s, "sequential", l.Sequential);
            LatencyRow(s, $"concurrency {l.Concurrency} ({l.ConcurrentReportsPerSecond:F1} reports/s)", l.Concurrent);
            if (l.BeforeAnswer > 0 || l.Fallbacks > 0)
            {
                Line(s);
                Line(s, $"{l.BeforeAnswer} emails existed before the HTTP answer was read (counted as 0 ms); {l.Fallbacks} were noticed by the fallback directory check (≤ 250 ms late).");
            }
        }

        if (r.Throughput is { } t)
        {
            Line(s);
            Line(s, "### 2. Throughput: ours against a bare orchestration");
            Line(s);
            Line(s, $"One in-process host (the local host's sidecar + Azure Storage provider + gRPC worker) on the same Azurite; {t.Concurrency} items in flight, submitting for {t.Ours.SubmitSeconds:F0} s, counted until the last item is done.");
            Line(s);
            Line(s, "| workload | done | seconds | per second | item latency p50 / p95 | Azurite CPU | Azurite CPU per item | bench process CPU |");
            Line(s, "|---|---:|---:|---:|---:|---:|---:|---:|");
            ThroughputRow(s, "ours: report → last same-day email", t.Ours);
            ThroughputRow(s, "bare: one no-op activity", t.Bare);
            Line(s);
            Line(s, $"**ours / bare = {t.Ratio:F2}** (goal ≥ {RatioGoal:F1}: {Mark(t.Ratio >= RatioGoal)}).");
        }

        if (r.History is { } h)
        {
            Line(s);
            Line(s, "### 3. History size per interview");
            Line(s);
            Line(s, "Events of the execution that ran each path, from the durable History table. *Unsplit*: policy in seconds. *3-day chunks*: policy scaled to 1 s = 3 days with the worker's timer chunk at 1 s, i.e. how Durable splits production's P7D and P3M waits (a late chunk can make this one chunk, 4 events, short).");
            Line(s);
            Line(s, "| branch | longest path | outcome | events (unsplit) | events (3-day chunks) | executions | custom status max |");
            Line(s, "|---|---|---|---:|---:|---:|---:|");
            foreach (var p in h.Paths)
            {
                Line(s, $"| {p.Branch} | {p.Path} | {p.Outcome} | {p.Events} | {p.ChunkedEvents?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {p.Executions} | {p.CustomStatusMaxBytes} B |");
            }

            var longest = h.Paths.MaxBy(p => p.Events)!;
            var longestChunked = h.Paths.Where(p => p.ChunkedEvents is not null).MaxBy(p => p.ChunkedEvents);
            Line(s);
            Line(s, $"Longest: {longest.Events} events unsplit ({longest.Branch}) — goal ≤ {HistoryGoal}: {Mark(longest.Events <= HistoryGoal)}; "
                + (longestChunked is null ? string.Empty : $"{longestChunked.ChunkedEvents} with production's timer chunks ({longestChunked.Branch}): {Mark(longestChunked.ChunkedEvents <= HistoryGoal)}. "));
            Line(s, $"Custom status: at most {h.Paths.Max(p => p.CustomStatusMaxBytes)} bytes observed; upper bound {h.CustomStatusUpperBoundBytes} bytes UTF-8 (≈ {h.CustomStatusUpperBoundBytes * 2} bytes UTF-16 of the 16 KB limit).");
        }

        if (r.Waiting is { } w)
        {
            Line(s);
            Line(s, "### 4. Waiting cost");
            Line(s);
            Line(s, $"Local host process, real policy (2-day reply window); {w.Waiting:N0} `considering` interviews started over HTTP ({w.StartsPerSecond:F1}/s until all were waiting, {w.SettleSeconds:F0} s), then sampled after a 10 s settle.");
            Line(s);
            Line(s, "| state | host RSS | host CPU | Azurite RSS | Azurite CPU |");
            Line(s, "|---|---:|---:|---:|---:|");
            Line(s, $"| idle (20 warm-up interviews) | {Mb(w.IdleRssBytes)} | {Pct(w.IdleCpuCores)} | {Mb(w.AzuriteIdleRssBytes)} | {Pct(w.AzuriteIdleCpuCores)} |");
            Line(s, $"| {w.Waiting:N0} waiting | {Mb(w.LoadedRssBytes)} (peak {Mb(w.LoadedPeakRssBytes)}) | {Pct(w.LoadedCpuCores)} | {Mb(w.AzuriteLoadedRssBytes)} | {Pct(w.AzuriteLoadedCpuCores)} |");
            Line(s);
            var scaled = w.Waiting == 10_000 ? string.Empty : $" → {Signed(w.RssDeltaPer10kMb)} MB per 10,000 if it scales linearly";
            Line(s, $"Host RSS {Signed(w.RssDeltaMb)} MB for {w.Waiting:N0} waiting{scaled} (goal +≤ {WaitingGoalMb:F0} MB for 10,000: {Mark(w.RssDeltaPer10kMb <= WaitingGoalMb)}); CPU {Pct(w.IdleCpuCores)} → {Pct(w.LoadedCpuCores)} of a core.");
        }

        if (r.Micro is { Count: > 0 } micro)
        {
            Line(s);
            Line(s, "### 5. Micro-benchmarks (BenchmarkDotNet, in process)");
            Line(s);
            Line(s, "| benchmark | mean | ± sd | allocated |");
            Line(s, "|---|---:|---:|---:|");
            foreach (var b in micro)
            {
                Line(s, $"| {b.Name} | {Time(b.MeanNs)} | {Time(b.StdDevNs)} | {Bytes(b.AllocatedBytes)} |");
            }
        }

        foreach (var note in r.Notes)
        {
            Line(s);
            Line(s, $"> {note}");
        }

        return s.ToString();
    }

    private static void LatencyRow(StringBuilder s, string name, LatencyStats l) =>
        Line(s, $"| {name} | {l.Count} | {l.P50:F0} ms | {l.P95:F0} ms | {l.P99:F0} ms | {l.Max:F0} ms | {Mark(l.P95 <= LatencyGoalMs)} |");

    private static void ThroughputRow(StringBuilder s, string name, ThroughputRun t) =>
        Line(s, $"| {name} | {t.Completed} | {t.Seconds:F1} | **{t.PerSecond:F1}** | {t.Latency.P50:F0} / {t.Latency.P95:F0} ms | {Pct(t.AzuriteCpuCores)} | {t.AzuriteCpuMsPerItem:F1} ms | {Pct(t.HarnessCpuCores)} |");

    private static string Mark(bool met) => met ? "✅ met" : "❌ missed";

    private static string Pct(double cores) => string.Create(CultureInfo.InvariantCulture, $"{cores * 100:F1}%");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F0} MB");

    private static string Signed(double mb) => string.Create(CultureInfo.InvariantCulture, $"{(mb >= 0 ? "+" : string.Empty)}{mb:F0}");

    private static string Time(double ns) => ns switch
    {
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1_000_000:F2} ms"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1_000:F1} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ns:F0} ns"),
    };

    private static string Bytes(long bytes) => bytes >= 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} B");

    private static void Line(StringBuilder s, string text = "") => s.Append(text).Append('\n');
}
