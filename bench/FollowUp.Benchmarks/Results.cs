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
    int Fallbacks);

internal sealed record ThroughputRun(
    string Name,
    int Completed,
    double SubmitSeconds,
    double Seconds,
    double PerSecond,
    double HarnessCpuCores,
    double AzuriteCpuCores,
    double AzuriteCpuMsPerItem,
    LatencyStats Latency);

internal sealed record ThroughputResult(ThroughputRun Ours, ThroughputRun Bare, int Concurrency)
{
    public double Ratio => Bare.PerSecond > 0 ? Ours.PerSecond / Bare.PerSecond : double.NaN;
}

/// <param name="Events">History events of the execution that ran the path (the sentinel row is not an event).</param>
/// <param name="Executions">Executions the instance went through (a reaction change continues as new).</param>
/// <param name="ChunkedEvents">The same path with the worker's 3-day timer splitting replayed at 1 s = 3 days.</param>
internal sealed record HistoryPath(
    string Branch,
    string Path,
    string Outcome,
    int Events,
    int Executions,
    int RowsAllExecutions,
    int? ChunkedEvents,
    int CustomStatusMaxBytes,
    IReadOnlyDictionary<string, int> EventTypes)
{
    public IReadOnlyDictionary<string, int>? ChunkedEventTypes { get; init; }
}

internal sealed record HistoryResult(IReadOnlyList<HistoryPath> Paths, int CustomStatusUpperBoundBytes, string CustomStatusExample);

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
}

internal sealed record MicroResult(string Group, string Name, double MeanNs, double StdDevNs, long AllocatedBytes);
