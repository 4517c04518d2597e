using System.Globalization;

namespace FollowUp.Benchmarks;

/// <summary>Command-line options; defaults are the issue's figures, sized to finish in about 15 minutes on 2 cores.</summary>
internal sealed class BenchOptions
{
    public static readonly string[] AllGroups = ["latency", "throughput", "history", "waiting", "micro", "replies", "console", "cost"];

    public bool Quick { get; private set; }

    public bool Verbose { get; private set; }

    /// <summary>Sequential reports for report → first email (issue: ≥ 200).</summary>
    public int Sequential { get; private set; } = 200;

    /// <summary>Reports at <see cref="Concurrency"/> for report → first email.</summary>
    public int Concurrent { get; private set; } = 200;

    public int Concurrency { get; private set; } = 16;

    /// <summary>How long each throughput loop keeps submitting (issue: ≥ 60 s).</summary>
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(60);

    /// <summary>Control-queue partitions of the throughput host; null keeps the local host's setting (to compare partition counts).</summary>
    public int? Partitions { get; private set; }

    /// <summary>Items in flight during the throughput loops: enough to keep the backend saturated.</summary>
    public int ThroughputConcurrency { get; private set; } = 32;

    /// <summary>Interviews waiting on long timers; 1,000 fits the 15-minute budget (see docs/performance.md, section 4), --waiting 10000 is the issue's figure.</summary>
    public int Waiting { get; private set; } = 1_000;

    /// <summary>Rows in the case list for the console's list and figures (issue: 10,000).</summary>
    public int Cases { get; private set; } = 10_000;

    public TimeSpan SampleWindow { get; private set; } = TimeSpan.FromSeconds(20);

    public IReadOnlySet<string> Groups { get; private set; } = new HashSet<string>(AllGroups, StringComparer.Ordinal);

    public string OutputDirectory { get; private set; } = Path.Combine(".data", "bench");

    public string Text { get; private set; } = string.Empty;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { Text = args.Length == 0 ? "(defaults)" : string.Join(' ', args) };
        if (args.Contains("--quick"))
        {
            options.Quick = true;
            options.Sequential = 40;
            options.Concurrent = 48;
            options.Duration = TimeSpan.FromSeconds(15);
            options.Waiting = 200;
            options.SampleWindow = TimeSpan.FromSeconds(8);
            options.Cases = 2_000;
        }

        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Count() => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.");
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--verbose":
                    options.Verbose = true;
                    break;
                case "--waiting":
                    options.Waiting = Count();
                    break;
                case "--cases":
                    options.Cases = Count();
                    break;
                case "--sequential":
                    options.Sequential = Count();
                    break;
                case "--concurrent":
                    options.Concurrent = Count();
                    break;
                case "--concurrency":
                    options.Concurrency = Count();
                    break;
                case "--duration":
                    options.Duration = TimeSpan.FromSeconds(Count());
                    break;
                case "--partitions":
                    options.Partitions = Count();
                    break;
                case "--only":
                    var groups = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var unknown = groups.Except(AllGroups).ToArray();
                    options.Groups = unknown.Length == 0
                        ? new HashSet<string>(groups, StringComparer.Ordinal)
                        : throw new ArgumentException($"Unknown group(s) {string.Join(", ", unknown)}; use {string.Join(", ", AllGroups)}.");
                    break;
                case "--skip-micro":
                    options.Groups = new HashSet<string>(options.Groups.Where(g => g != "micro"), StringComparer.Ordinal);
                    break;
                case "--out":
                    options.OutputDirectory = Next();
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return options;
    }

    public const string Usage = """
        ./bench.sh [--quick] [--waiting N] [--cases N] [--only latency,throughput,history,waiting,micro,replies,console,cost] [--skip-micro]
                   [--sequential N] [--concurrent N] [--concurrency N] [--duration SECONDS] [--out DIR] [--verbose]
          --quick      small counts for a smoke run (about 4 minutes)
          --waiting N  interviews waiting on long timers for the waiting-cost figure (default 1000)
          --cases N    rows in the case list for the console's list and figures (default 10000)
        Prints a markdown table and writes JSON and markdown to .data/bench/ (latest.json, latest.md).
        """;
}
