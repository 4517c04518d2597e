using System.Globalization;
using System.Text;
using FollowUp.Benchmarks.Groups;
using FollowUp.Benchmarks.Harness;
using FollowUp.Orchestrations.Cases;

namespace FollowUp.Benchmarks;

/// <summary>The run as markdown tables, with the issue's goals beside the figures.</summary>
internal static class MarkdownReport
{
    // The goals of issue 17; each figure below is reported against them, none is asserted.
    public const double SequentialP50GoalMs = 80;
    public const double SequentialP95GoalMs = 200;
    public const double LatencyGoalMs = 1000;
    public const double RatioGoal = 0.5;
    public const double StorageWorkGoal = 2.0;
    public const int HistoryGoal = 40;
    public const double WaitingGoalMb = 50;
    public const double WaitingCpuGoalCores = 0.01;
    public const int ListGoalMs = 300;
    public const int FiguresGoalMs = 1000;

    public static string Render(BenchResults r)
    {
        var m = r.Machine;
        var s = new StringBuilder();
        Line(s, $"## FollowUp benchmarks — {r.Run.StartedAt:yyyy-MM-dd HH:mm} UTC");
        Line(s);
        Line(s, $"Machine: {m.Cpu}, {m.LogicalCores} logical cores, {m.MemoryGb:F0} GB RAM; {m.Os}; {m.DotNet}; Node {m.Node}; Azurite {m.Azurite}. ");
        Line(s, $"Options: `{r.Run.Options}`; run took {r.Run.Minutes:F1} min.");
        Goals(s, r);

        if (r.Latency is { } l)
        {
            Line(s);
            Line(s, "### 1. Report → first email");
            Line(s);
            Line(s, "Local host process on Azurite, as `./run.sh` runs it; from `POST /api/interviews` answering 202 to the interview's first `.eml` in the outbox.");
            Line(s);
            Line(s, $"| run | reports | p50 | p95 | p99 | max | goal (sequential p50 ≤ {SequentialP50GoalMs:F0} ms and p95 ≤ {SequentialP95GoalMs:F0} ms; in flight p95 ≤ {LatencyGoalMs / 1000:F0} s) |");
            Line(s, "|---|---:|---:|---:|---:|---:|---|");
            LatencyRow(s, "sequential", l.Sequential, l.Sequential.P50 <= SequentialP50GoalMs && l.Sequential.P95 <= SequentialP95GoalMs);
            LatencyRow(s, $"concurrency {l.Concurrency} ({l.ConcurrentReportsPerSecond:F1} reports/s)", l.Concurrent, l.Concurrent.P95 <= LatencyGoalMs);
            if (l.ConcurrentWithoutDeferredStarts is { } rest)
            {
                Line(s);
                Line(s, $"The Azure Storage provider deferred the start of {l.ConcurrentDeferredStarts} of {l.Concurrent.Count} concurrent reports ({l.SequentialDeferredStarts} sequential) by 2 s: "
                    + "it met their start message before the client had written the instance's row, and holds such a message back in case it is a duplicate start. "
                    + $"The other {rest.Count}: p50 {rest.P50:F0} ms, p95 {rest.P95:F0} ms, max {rest.Max:F0} ms.");
            }

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
            Line(s, "| workload | done | seconds | per second (until the last is done) | per second (within the submitting window) | item latency p50 / p95 | Azurite CPU | Azurite CPU per item | bench process CPU |");
            Line(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            ThroughputRow(s, "ours: report → last same-day email", t.Ours);
            ThroughputRow(s, "bare: one no-op activity", t.Bare);
            Line(s);
            Line(s, $"**ours / bare = {t.Ratio:F2}** (goal ≥ {RatioGoal:F1}: {Mark(t.Ratio >= RatioGoal)}). "
                + $"A report runs {t.ActivitiesPerReport:F2} durable activities on its day (the reactions in turn), the bare orchestration 1: "
                + $"per activity, ours / bare = {t.ActivityRatio:F2}.");
        }

        if (r.History is { } h)
        {
            Line(s);
            Line(s, "### 3. History size per interview");
            Line(s);
            Line(s, "Events of the execution that ran each path (durable History table), policy in seconds so every path runs to its end. "
                + "In production the worker splits every wait longer than 3 days into 3-day timers in the same history (P7D → 3, P3M → 31); "
                + $"measured here with a 1 s chunk: {h.Chunks.ExtraTimers} extra timers made {h.Chunks.ExtraEvents} extra events = **{h.Chunks.EventsPerChunk:F1} events per chunk**, "
                + "so the production column is the measured count plus that per extra chunk.");
            Line(s);
            Line(s, "| branch | longest path | outcome | events (measured, seconds) | timers in production | events in production | executions kept | custom status max |");
            Line(s, "|---|---|---|---:|---:|---:|---:|---:|");
            foreach (var p in h.Paths)
            {
                Line(s, $"| {p.Branch} | {p.Path} | {p.Outcome} | {p.Events} | {p.ProductionTimers} | {p.ProductionEvents} | {p.Executions} | {p.CustomStatusMaxBytes} B |");
            }

            var longest = h.Paths.MaxBy(p => p.Events)!;
            var longestProduction = h.Paths.MaxBy(p => p.ProductionEvents)!;
            Line(s);
            Line(s, $"Longest measured: {longest.Events} events ({longest.Branch}) — goal ≤ {HistoryGoal}: {Mark(longest.Events <= HistoryGoal)}; "
                + $"with production's 3-day timer chunks: {longestProduction.ProductionEvents} ({longestProduction.Branch}): {Mark(longestProduction.ProductionEvents <= HistoryGoal)}. ");
            if (h.ProductionScaled.Count > 0)
            {
                Line(s);
                Line(s, "Production durations, a day played as a second (a 3-month wait is 92 s; an execution waits at most `MaxWaitPerExecution` = P3D = 3 s, then continues as new): measured, not projected.");
                Line(s);
                Line(s, "| branch | longest path | outcome | executions seen | most events in one execution |");
                Line(s, "|---|---|---|---:|---:|");
                foreach (var p in h.ProductionScaled)
                {
                    Line(s, $"| {p.Branch} | {p.Path} | {p.Outcome} | {p.ExecutionsSeen} | {p.MaxEventsPerExecution} |");
                }

                var worst = h.ProductionScaled.MaxBy(p => p.MaxEventsPerExecution)!;
                Line(s);
                Line(s, $"Most events in one execution with production durations: {worst.MaxEventsPerExecution} ({worst.Branch}) — goal ≤ {HistoryGoal}: {Mark(worst.MaxEventsPerExecution <= HistoryGoal)}.");
            }

            Line(s, $"Custom status: at most {h.Paths.Max(p => p.CustomStatusMaxBytes)} bytes observed; upper bound {h.CustomStatusUpperBoundBytes} bytes UTF-8 (≈ {h.CustomStatusUpperBoundBytes * 2} bytes UTF-16 of the 16 KB limit).");
        }

        if (r.Waiting is { } w)
        {
            Line(s);
            Line(s, "### 4. Waiting cost");
            Line(s);
            Line(s, $"Local host process, real policy (2-day reply window); {w.Waiting:N0} `considering` interviews started over HTTP ({w.StartsPerSecond:F1}/s until all were waiting, {w.SettleSeconds:F0} s; Azurite at {Pct(w.AzuriteSeedingCpuCores)} of a core meanwhile), then measured after a 10 s settle: RSS as it stood, RSS after a full GC (asked for over the diagnostics port), then CPU over {w.SampleSeconds:F0} s.");
            Line(s);
            Line(s, "| state | host RSS | after a full GC | host CPU | Azurite RSS | Azurite CPU |");
            Line(s, "|---|---:|---:|---:|---:|---:|");
            Line(s, $"| idle (64 warm-up interviews) | {Mb(w.IdleRssBytes)} | {Mb(w.IdleRssAfterGcBytes)} | {Pct2(w.IdleCpuCores)} | {Mb(w.AzuriteIdleRssBytes)} | {Pct(w.AzuriteIdleCpuCores)} |");
            Line(s, $"| {w.Waiting:N0} waiting | {Mb(w.LoadedRssBytes)} (peak {Mb(w.LoadedPeakRssBytes)}) | {Mb(w.LoadedRssAfterGcBytes)} | {Pct2(w.LoadedCpuCores)} | {Mb(w.AzuriteLoadedRssBytes)} | {Pct(w.AzuriteLoadedCpuCores)} |");
            Line(s);
            var cpuDelta = w.LoadedCpuCores - w.IdleCpuCores;
            var verdict = w.Waiting >= 10_000
                ? $"goals for 10,000: RSS +≤ {WaitingGoalMb:F0} MB {Mark(w.RssDeltaAfterGcMb <= WaitingGoalMb)}, CPU ≤ idle + 1 % of a core {Mark(cpuDelta <= 0.01)}"
                : "the goals are stated for 10,000: `--waiting 10000` measures them";
            Line(s, $"Host RSS after a full GC {Signed(w.RssDeltaAfterGcMb)} MB for {w.Waiting:N0} waiting (as it stood: {Signed(w.RssDeltaMb)} MB); CPU {Pct2(w.IdleCpuCores)} → {Pct2(w.LoadedCpuCores)} of a core ({verdict}).");
            if (w.StorePerCase.Count > 0)
            {
                Line(s);
                Line(s, "What one waiting case keeps at the store (rows, or queue messages visible or not):");
                Line(s);
                Line(s, "| store | name | idle | waiting | per waiting case |");
                Line(s, "|---|---|---:|---:|---:|");
                foreach (var g in w.StorePerCase.Where(g => g.After > 0))
                {
                    Line(s, $"| {g.Kind} | `{g.Name}` | {g.Before:N0} | {g.After:N0} | {g.PerCase:F2} |");
                }
            }

            if (w.Progress.Count > 0)
            {
                Line(s);
                // A long run logs a point every 30 s; a dozen evenly spaced ones show the trend (the JSON keeps them all).
                var step = Math.Max(1, (w.Progress.Count + 11) / 12);
                var shown = w.Progress.Where((_, i) => i % step == 0 || i == w.Progress.Count - 1);
                Line(s, "How the start of the cases went (Azurite's CPU over the 30 s before each point):");
                Line(s);
                Line(s, "| seconds | accepted | thanked | Azurite CPU | Azurite RSS |");
                Line(s, "|---:|---:|---:|---:|---:|");
                foreach (var p in shown)
                {
                    Line(s, $"| {p.Seconds:F0} | {p.Accepted:N0} | {p.Emailed:N0} | {Pct(p.AzuriteCores)} | {Mb(p.AzuriteRssBytes)} |");
                }
            }
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

        if (r.Replies is { } replies)
        {
            Line(s);
            Line(s, "### 6. Reply reader (rules, one thread, labelled set)");
            Line(s);
            Line(s, $"{replies.RepliesPerSecond:N0} replies/s over {replies.Latency.Count:N0} reads; per reply p50 {replies.Latency.P50:F0} µs, p99 {replies.Latency.P99:F0} µs, max {replies.Latency.Max:F0} µs.");
        }

        if (r.Console is { } c)
        {
            Line(s);
            Line(s, "### 7. The team's console over the case list (Table Storage on Azurite)");
            Line(s);
            Line(s, $"{c.Cases:N0} cases (filled at {c.FillRowsPerSecond:N0} rows/s); {c.List.Count} list queries of {CaseListing.DefaultPageSize} rows, first and next pages, with and without each filter; the figures over every case {c.Figures.Count} times.");
            Line(s);
            Line(s, "| query | count | p50 | p95 | max | goal |");
            Line(s, "|---|---:|---:|---:|---:|---|");
            Line(s, $"| case list page | {c.List.Count} | {c.List.P50:F0} ms | {c.List.P95:F0} ms | {c.List.Max:F0} ms | p95 ≤ {ListGoalMs} ms: {Mark(c.List.P95 <= ListGoalMs)} |");
            Line(s, $"| figures over {c.FiguresCases:N0} cases | {c.Figures.Count} | {c.Figures.P50:F0} ms | {c.Figures.P95:F0} ms | {c.Figures.Max:F0} ms | ≤ {FiguresGoalMs} ms: {Mark(c.Figures.Max <= FiguresGoalMs)} |");
            if (c.Cases < 10_000)
            {
                Line(s, "The goals are stated for 10,000 cases: `--cases 10000` (the default) measures them.");
            }
        }

        if (r.Cost is { } cost)
        {
            Line(s);
            Line(s, "### 8. Storage transactions per case (counted at Azurite)");
            Line(s);
            Line(s, string.Create(CultureInfo.InvariantCulture, $"Idle, {cost.PartitionCount} partition(s), polling at most every {cost.PollingSeconds:0.###} s: {cost.IdlePerSecond:F2} requests/s = {cost.IdlePerSecond * 86_400:N0} a day ({Breakdown(cost.IdleOperations)}) = **${cost.IdleDollarsPerDay:0.000} a day** in Azure."));
            Line(s);
            Line(s, "| branch | path | seconds | requests | without empty polls | table | queue | blob | $ per 1,000 cases |");
            Line(s, "|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var p in cost.Paths)
            {
                var net = CostGroup.WithoutEmptyPolls(p.Operations);
                long Of(string service) => net.Where(o => CostGroup.ServiceOf(o.Key) == service).Sum(o => o.Value);
                Line(s, string.Create(CultureInfo.InvariantCulture, $"| {p.Branch} | {p.Path} | {p.Seconds:F1} | {p.Requests} | **{p.NetRequests}** | {Of("table")} | {Of("queue")} | {Of("blob")} | ${p.DollarsPer1000:0.0000} |"));
            }

            Line(s);
            Line(s, string.Create(CultureInfo.InvariantCulture, $"Prices per 10,000 requests (Standard general-purpose v2, LRS, pay-as-you-go): queue ${StoragePrices.QueuePer10K}, table ${StoragePrices.TablePer10K}, blob ${StoragePrices.BlobPer10K}; {StoragePrices.Source}, read {StoragePrices.ReadOn}. The table, queue and blob columns and the price leave out the empty polls."));

            Line(s);
            Line(s, $"By operation, every path together: {Breakdown(cost.Paths.SelectMany(p => p.Operations).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.Sum(o => o.Value)))}.");
        }

        foreach (var note in r.Notes)
        {
            Line(s);
            Line(s, $"> {note}");
        }

        return s.ToString();
    }

    private static void LatencyRow(StringBuilder s, string name, LatencyStats l, bool met) =>
        Line(s, $"| {name} | {l.Count} | {l.P50:F0} ms | {l.P95:F0} ms | {l.P99:F0} ms | {l.Max:F0} ms | {Mark(met)} |");

    /// <summary>The issue's five goals first, each with the figure this run measured (a goal whose group did not run is left out).</summary>
    private static void Goals(StringBuilder s, BenchResults r)
    {
        var rows = new List<string>();
        if (r.Throughput is { } t)
        {
            var work = t.Ours.AzuriteCpuMsPerItem / t.Bare.AzuriteCpuMsPerItem;
            rows.Add($"| 1. storage work per report ≤ {StorageWorkGoal:F0}× the bare orchestration's (Azurite CPU per item) | {t.Ours.AzuriteCpuMsPerItem:F1} vs {t.Bare.AzuriteCpuMsPerItem:F1} ms = **{work:F2}×** | {Mark(work <= StorageWorkGoal)} |");
            rows.Add($"| 1. ours / bare throughput ≥ {RatioGoal:F1} | {t.Ours.PerSecond:F1} vs {t.Bare.PerSecond:F1} items/s = **{t.Ratio:F2}** (per activity {t.ActivityRatio:F2}) | {Mark(t.Ratio >= RatioGoal)} |");
        }

        if (r.Latency is { } l)
        {
            rows.Add($"| 2. report → first email, sequential: p50 ≤ {SequentialP50GoalMs:F0} ms, p95 ≤ {SequentialP95GoalMs:F0} ms | p50 {l.Sequential.P50:F0} ms, **p95 {l.Sequential.P95:F0} ms** | {Mark(l.Sequential.P50 <= SequentialP50GoalMs && l.Sequential.P95 <= SequentialP95GoalMs)} |");
            var undeferred = l.ConcurrentWithoutDeferredStarts is { } rest ? $"; without the {l.ConcurrentDeferredStarts} starts the provider deferred by 2 s, p95 {rest.P95:F0} ms" : string.Empty;
            rows.Add($"| 2. {l.Concurrency} in flight: p95 ≤ {LatencyGoalMs / 1000:F0} s | p50 {l.Concurrent.P50:F0} ms, **p95 {l.Concurrent.P95:F0} ms** ({l.ConcurrentReportsPerSecond:F1} reports/s){undeferred} | {Mark(l.Concurrent.P95 <= LatencyGoalMs)} |");
        }

        if (r.History is { ProductionScaled.Count: > 0 } h)
        {
            var worst = h.ProductionScaled.MaxBy(p => p.MaxEventsPerExecution)!;
            rows.Add($"| 3. ≤ {HistoryGoal} history events per execution, production durations | **{worst.MaxEventsPerExecution}** ({worst.Branch}) | {Mark(worst.MaxEventsPerExecution <= HistoryGoal)} |");
        }

        if (r.Waiting is { } w)
        {
            var cpu = w.LoadedCpuCores - w.IdleCpuCores;
            var at = w.Waiting >= 10_000 ? string.Empty : $" (measured at {w.Waiting:N0}; the goal is for 10,000)";
            rows.Add($"| 4. 10,000 waiting: host RSS ≤ idle + {WaitingGoalMb:F0} MB after a full GC | **{Signed(w.RssDeltaAfterGcMb)} MB**{at} | {Mark(w.Waiting >= 10_000 && w.RssDeltaAfterGcMb <= WaitingGoalMb)} |");
            rows.Add($"| 4. 10,000 waiting: host CPU ≤ idle + 1 % of a core | {Pct2(w.IdleCpuCores)} → {Pct2(w.LoadedCpuCores)} = **{(cpu >= 0 ? "+" : string.Empty)}{cpu * 100:F2} points**{at} | {Mark(w.Waiting >= 10_000 && cpu <= WaitingCpuGoalCores)} |");
        }

        if (r.Cost is { } c)
        {
            var cases = c.Paths.Where(p => p.Branch != "bare").Select(p => p.DollarsPer1000).ToList();
            var idle = c.IdleDollarsPerDay;
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"| 5. cost per case, and idle | {c.Paths.Where(p => p.Branch != "bare").Min(p => p.NetRequests)}–{c.Paths.Max(p => p.NetRequests)} requests per case (bare {c.Paths.FirstOrDefault(p => p.Branch == "bare")?.NetRequests}) = **${cases.Min():0.000}–${cases.Max():0.000} per 1,000 cases**; idle **${idle:0.000} a day** | reported |"));
        }

        if (rows.Count == 0)
        {
            return;
        }

        Line(s);
        Line(s, "### Goals");
        Line(s);
        Line(s, "| goal | this run | |");
        Line(s, "|---|---|---|");
        foreach (var row in rows)
        {
            Line(s, row);
        }
    }

    private static void ThroughputRow(StringBuilder s, string name, ThroughputRun t) =>
        Line(s, $"| {name} | {t.Completed} | {t.Seconds:F1} | **{t.PerSecond:F1}** | {t.WindowPerSecond:F1} | {t.Latency.P50:F0} / {t.Latency.P95:F0} ms | {Pct(t.AzuriteCpuCores)} | {t.AzuriteCpuMsPerItem:F1} ms | {Pct(t.HarnessCpuCores)} |");

    private static string Breakdown(IReadOnlyDictionary<string, long> operations) =>
        string.Join(", ", operations.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"));

    private static string Mark(bool met) => met ? "✅ met" : "❌ missed";

    private static string Pct(double cores) => string.Create(CultureInfo.InvariantCulture, $"{cores * 100:F1}%");

    /// <summary>Two decimals: the waiting goal is one percent of a core.</summary>
    private static string Pct2(double cores) => string.Create(CultureInfo.InvariantCulture, $"{cores * 100:F2}%");

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
