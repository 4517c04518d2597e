using FollowUp.Benchmarks.Groups;
using FollowUp.Benchmarks.Harness;

namespace FollowUp.Benchmarks;

/// <summary>Everything one run measured; written as JSON and printed as markdown.</summary>
internal sealed class BenchResults
{
    public required MachineInfo Machine { get; init; }

    public required RunInfo Run { get; init; }

    public LatencyResult? Latency { get; set; }

    public ThroughputResult? Throughput { get; set; }

    public HistoryResult? History { get; set; }

    public WaitingResult? Waiting { get; set; }

    public IReadOnlyList<MicroResult>? Micro { get; set; }

    public ReplyReaderResult? Replies { get; set; }

    public ConsoleResult? Console { get; set; }

    public CostResult? Cost { get; set; }

    public List<string> Notes { get; } = [];
}

internal sealed record MachineInfo(string Cpu, int LogicalCores, double MemoryGb, string Os, string DotNet, string Node, string Azurite);

internal sealed record RunInfo(DateTimeOffset StartedAt, string Options, double Minutes = 0)
{
    public double Minutes { get; set; } = Minutes;
}

/// <param name="BeforeAnswer">Reports whose email existed before the HTTP answer had been read (counted as 0 ms).</param>
/// <param name="Fallbacks">First emails noticed by the directory check instead of a file event (late by ≤ 250 ms).</param>
internal sealed record LatencyResult(
    LatencyStats Sequential,
    LatencyStats Concurrent,
    int Concurrency,
    double ConcurrentReportsPerSecond,
    int BeforeAnswer,
    int Fallbacks)
{
    /// <summary>Reports whose start message the provider deferred (2 s) because it met the message before the instance's row.</summary>
    public int SequentialDeferredStarts { get; init; }

    public int ConcurrentDeferredStarts { get; init; }

    /// <summary>The concurrent reports the provider did not defer: what the rest of the path costs.</summary>
    public LatencyStats? ConcurrentWithoutDeferredStarts { get; init; }
}

internal sealed record ThroughputRun(
    string Name,
    int Completed,
    double SubmitSeconds,
    double Seconds,
    double PerSecond,
    double HarnessCpuCores,
    double AzuriteCpuCores,
    double AzuriteCpuMsPerItem,
    LatencyStats Latency,
    double WindowPerSecond);

/// <param name="ActivitiesPerReport">Durable activities one report runs on its same day, averaged over the rotation of reactions (bare: 1).</param>
internal sealed record ThroughputResult(ThroughputRun Ours, ThroughputRun Bare, int Concurrency, double ActivitiesPerReport)
{
    public double Ratio => Bare.PerSecond > 0 ? Ours.PerSecond / Bare.PerSecond : double.NaN;

    /// <summary>Activities per second, ours against bare: the cost of one step of our workflow against the runtime's floor.</summary>
    public double ActivityRatio => Bare.PerSecond > 0 ? Ours.PerSecond * ActivitiesPerReport / Bare.PerSecond : double.NaN;
}

/// <param name="Events">History events of the execution that ran the path (the sentinel row is not an event).</param>
/// <param name="Executions">Executions kept in the History table (a reaction change continues as new).</param>
internal sealed record HistoryPath(
    string Branch,
    string Path,
    string Outcome,
    int Events,
    int Executions,
    int RowsAllExecutions,
    int CustomStatusMaxBytes,
    IReadOnlyDictionary<string, int> EventTypes)
{
    /// <summary>Timers the path waits on in production once the worker splits them into 3-day chunks.</summary>
    public int ProductionTimers { get; init; }

    /// <summary><see cref="Events"/> plus the measured cost of each extra 3-day chunk.</summary>
    public int ProductionEvents { get; init; }

    /// <summary>The most events any one execution of the path held, sampled while it ran.</summary>
    public int MaxEventsPerExecution { get; init; }

    /// <summary>Executions seen while the path ran (the table keeps only the latest ones).</summary>
    public int ExecutionsSeen { get; init; }
}

/// <summary>The same path with a 1 s timer chunk: how many more timers it took and how many more events that made.</summary>
internal sealed record ChunkCheck(int ExtraTimers, int ExtraEvents, double EventsPerChunk);

/// <param name="ProductionScaled">Every path with the production policy, one day played as one second (a 3-month wait is 92 s, an execution waits at most 3 s): executions and events per execution as production makes them.</param>
internal sealed record HistoryResult(IReadOnlyList<HistoryPath> Paths, int CustomStatusUpperBoundBytes, string CustomStatusExample, ChunkCheck Chunks)
{
    public IReadOnlyList<HistoryPath> ProductionScaled { get; init; } = [];
}

internal sealed record WaitingResult(
    int Waiting,
    double StartSeconds,
    double StartsPerSecond,
    double SettleSeconds,
    long IdleRssBytes,
    double IdleCpuCores,
    long LoadedRssBytes,
    long LoadedPeakRssBytes,
    double LoadedCpuCores,
    double AzuriteIdleCpuCores,
    double AzuriteLoadedCpuCores,
    long AzuriteIdleRssBytes,
    long AzuriteLoadedRssBytes)
{
    public double RssDeltaMb => (LoadedRssBytes - IdleRssBytes) / 1024.0 / 1024.0;

    public double RssDeltaPer10kMb => Waiting > 0 ? RssDeltaMb * 10_000 / Waiting : double.NaN;

    /// <summary>Host RSS two seconds after a full blocking GC asked for over the diagnostics port.</summary>
    public long IdleRssAfterGcBytes { get; init; }

    public long LoadedRssAfterGcBytes { get; init; }

    /// <summary>The goal's figure: what the waiting cases hold once garbage is collected.</summary>
    public double RssDeltaAfterGcMb => (LoadedRssAfterGcBytes - IdleRssAfterGcBytes) / 1024.0 / 1024.0;

    /// <summary>The window the host's CPU was averaged over, idle and loaded alike.</summary>
    public double SampleSeconds { get; init; }

    /// <summary>Azurite's CPU averaged over the start of the N cases, from the first report to the last one waiting.</summary>
    public double AzuriteSeedingCpuCores { get; init; }

    public IReadOnlyList<WaitingProgress> Progress { get; init; } = [];

    /// <summary>Rows and queue messages one waiting case keeps, counted at the store.</summary>
    public IReadOnlyList<StoreGrowth> StorePerCase { get; init; } = [];
}

/// <param name="AzuriteCores">Azurite's CPU over the 30 s before this point.</param>
internal sealed record WaitingProgress(double Seconds, int Accepted, int Emailed, double AzuriteCores, long AzuriteRssBytes);

/// <param name="Latency">Per reply, in microseconds.</param>
internal sealed record ReplyReaderResult(double RepliesPerSecond, LatencyStats Latency);

internal sealed record MicroResult(string Group, string Name, double MeanNs, double StdDevNs, long AllocatedBytes);

/// <param name="FillRowsPerSecond">How fast the case list was filled (one read–write per row, 16 at a time).</param>
internal sealed record ConsoleResult(int Cases, double FillRowsPerSecond, LatencyStats List, int FiguresCases, LatencyStats Figures);

/// <param name="Requests">Every request Azurite served while the path ran.</param>
/// <param name="NetRequests">Less the polls that found nothing (dequeues beyond one per message deleted): what the case itself cost.</param>
internal sealed record CostPath(string Branch, string Path, double Seconds, IReadOnlyDictionary<string, long> Operations, long Requests, long NetRequests)
{
    /// <summary>The path's own requests, without the empty polls, at list prices, for 1,000 cases.</summary>
    public decimal DollarsPer1000 => StoragePrices.Dollars(CostGroup.WithoutEmptyPolls(Operations)) * 1000;
}

internal sealed record CostResult(double IdleSeconds, IReadOnlyDictionary<string, long> IdleOperations, double IdlePerSecond, IReadOnlyList<CostPath> Paths, int PartitionCount, double PollingSeconds)
{
    /// <summary>What the idle window's requests cost, scaled to a day.</summary>
    public decimal IdleDollarsPerDay => StoragePrices.Dollars(IdleOperations) * (decimal)(86_400 / IdleSeconds);
}
