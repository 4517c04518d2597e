using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FollowUp.Benchmarks.Micro;
using Perfolizer.Horology;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 5. BenchmarkDotNet, in process (no generated project to build): email rendering per kind, ACS
/// request signing, token sign/verify. A short job by default; --quick makes it shorter still.
/// </summary>
internal static class MicroGroup
{
    public static IReadOnlyList<MicroResult> Run(BenchOptions options, string artifacts, Action<string> log)
    {
        var job = (options.Quick
                ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(100))
                : Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(250)))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(options.Quick ? "Quick" : "Short");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(options.Verbose ? ConsoleLogger.Default : NullLogger.Instance)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);

        var results = new List<MicroResult>();
        foreach (var type in new[] { typeof(EmailBenchmarks), typeof(SecurityBenchmarks) })
        {
            log($"  {type.Name}…");
            var summary = BenchmarkRunner.Run(type, config);
            results.AddRange(Read(summary));
            if (summary.HasCriticalValidationErrors)
            {
                throw new InvalidOperationException($"{type.Name}: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
            }
        }

        return results;
    }

    private static IEnumerable<MicroResult> Read(Summary summary) =>
        summary.Reports.Where(r => r.ResultStatistics is not null).Select(report =>
        {
            var benchmark = report.BenchmarkCase;
            var name = benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            var parameters = benchmark.HasParameters ? string.Join(", ", benchmark.Parameters.Items.Select(p => p.Value?.ToString())) : null;
            var group = benchmark.Descriptor.Type == typeof(EmailBenchmarks) ? "render" : "security";
            return new MicroResult(
                group,
                parameters is null ? name : $"{name}: {parameters}",
                report.ResultStatistics!.Mean,
                report.ResultStatistics.StandardDeviation,
                report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0);
        });
}
