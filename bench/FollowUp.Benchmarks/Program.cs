using System.Diagnostics;
using System.Text.Json;
using FollowUp.Benchmarks;
using FollowUp.Benchmarks.Groups;
using FollowUp.Testing;

// ./bench.sh: starts Azurite and the hosts itself, runs the six benchmark groups, prints markdown
// and writes JSON. Nothing here asserts: a missed goal is reported, not failed.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException failure)
{
    Console.Error.WriteLine(failure.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

var output = Path.GetFullPath(Path.IsPathRooted(options.OutputDirectory) ? options.OutputDirectory : Path.Combine(RepositoryRoot.Path, options.OutputDirectory));
Directory.CreateDirectory(output);
var results = new BenchResults
{
    Machine = Machine.Describe(),
    Run = new RunInfo(DateTimeOffset.UtcNow, options.Text),
};
results.Notes.Add($"{results.Machine.LogicalCores} cores shared with other work on this machine: figures are noisy; compare runs on the same machine only.");

var failed = false;
async Task RunGroupAsync(string name, Func<Task> run)
{
    if (!options.Groups.Contains(name))
    {
        return;
    }

    Log($"{name}…");
    try
    {
        await run();
    }
    catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or IOException or HttpRequestException or Azure.RequestFailedException or Grpc.Core.RpcException or Microsoft.Extensions.Options.OptionsValidationException)
    {
        failed = true;
        results.Notes.Add($"{name} failed: {failure.GetType().Name}: {failure.Message.Split('\n')[0]}");
        Log($"{name} FAILED: {failure}");
    }
}

// Each group gets an Azurite of its own: Azurite keeps everything in one node process and slows as it
// holds more, so a group must not pay for the data an earlier group left behind.
async Task OnFreshAzuriteAsync(string name, Func<AzuriteServer, Task> run) => await RunGroupAsync(name, async () =>
{
    await using var azurite = await AzuriteServer.StartAsync();
    await run(azurite);
});

await OnFreshAzuriteAsync("latency", async azurite => results.Latency = await LatencyGroup.RunAsync(azurite, options, Log));
await OnFreshAzuriteAsync("throughput", async azurite => results.Throughput = await ThroughputGroup.RunAsync(azurite, options, Log));
await OnFreshAzuriteAsync("history", async azurite => results.History = await HistoryGroup.RunAsync(azurite, Log));
await OnFreshAzuriteAsync("waiting", async azurite => results.Waiting = await WaitingGroup.RunAsync(azurite, options, Log));
await OnFreshAzuriteAsync("console", async azurite => results.Console = await ConsoleGroup.RunAsync(azurite, options, Log));

// Its own Azurite, which logs every request it serves.
await RunGroupAsync("cost", async () => results.Cost = await CostGroup.RunAsync(options, Log));

// Last, with Azurite and the hosts gone, so nothing else competes for the CPU.
await RunGroupAsync("micro", () =>
{
    results.Micro = MicroGroup.Run(options, Path.Combine(output, "BenchmarkDotNet.Artifacts"), Log);
    return Task.CompletedTask;
});

await RunGroupAsync("replies", () =>
{
    results.Replies = ReplyReaderGroup.Run(options, Log);
    return Task.CompletedTask;
});

results.Run.Minutes = clock.Elapsed.TotalMinutes;
var markdown = MarkdownReport.Render(results);
var json = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
var stamp = results.Run.StartedAt.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
await File.WriteAllTextAsync(Path.Combine(output, $"bench-{stamp}.json"), json);
await File.WriteAllTextAsync(Path.Combine(output, "latest.json"), json);
await File.WriteAllTextAsync(Path.Combine(output, "latest.md"), markdown);

Console.WriteLine(markdown);
Log($"done in {clock.Elapsed.TotalMinutes:F1} min; JSON and markdown in {output}");
return failed ? 1 : 0;
