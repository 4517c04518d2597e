using System.Diagnostics;
using System.Text.RegularExpressions;
using FollowUp.Api.Routing;
using FollowUp.Benchmarks.Harness;
using FollowUp.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 8. Storage transactions: what one case costs over its whole life on each branch, and what the
/// provider's polling and leases cost while nothing happens. Counted at Azurite, which logs one
/// <c>Operation=…</c> line per request it serves (its debug log), so every request counts: the
/// durable provider's queues, tables and blobs and FollowUp's own tables alike. Each path runs alone,
/// to its end, with the policy in seconds. A path's own work leaves out the polls that found nothing:
/// in production its waits last days and those polls are the idle cost, paid whether cases wait or not.
/// Every message taken is deleted once, so the polls that found one are at most the deletes.
/// </summary>
internal static partial class CostGroup
{
    private static readonly TimeSpan PathTimeout = TimeSpan.FromMinutes(3);

    private sealed record Scenario(string Branch, string Path, string Reaction, TimeSpan? NextInterviewIn);

    private static readonly Scenario[] Scenarios =
    [
        new("proceed", "date booked: confirmation, reminder, keep-open", "proceed", TimeSpan.FromSeconds(8)),
        new("proceed", "no date: book-now + ask availability, book-now again, keep-open", "proceed", null),
        new("considering", "no reply: thanks, status check + owner, no-response, pool + owner", "considering", null),
        new("undecided", "thanks + pool, check-in + owner, keep-open", "undecided", null),
        new("declined", "thanks, retrospective, pool, owner ×2", "declined", null),
    ];

    public static async Task<CostResult> RunAsync(BenchOptions options, Action<string> log)
    {
        var requestLog = Path.Combine(Path.GetTempPath(), $"followup-azurite-requests-{Guid.NewGuid():N}.log");
        try
        {
            await using var azurite = await AzuriteServer.StartWithRequestLogAsync(requestLog);
            await using var host = await BenchHost.StartAsync(new BenchHostSettings
            {
                ConnectionString = azurite.ConnectionString,
                TaskHub = "benchcost",
                Policy = HistoryGroup.Seconds,
            });

            // The pollers back off to their longest interval once the start-up work is done.
            await Task.Delay(TimeSpan.FromSeconds(10));
            var idleWindow = options.Quick ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(60);
            var idleFrom = Length(requestLog);
            await Task.Delay(idleWindow);
            var idle = await CountAsync(requestLog, idleFrom);
            var idlePerSecond = idle.Values.Sum() / idleWindow.TotalSeconds;
            log($"  idle: {idle.Values.Sum()} requests in {idleWindow.TotalSeconds:F0} s ({idlePerSecond:F2}/s)");

            var paths = new List<CostPath> { await RunBareAsync(host, requestLog, log) };
            for (var i = 0; i < Scenarios.Length; i++)
            {
                paths.Add(await RunPathAsync(host, requestLog, Scenarios[i], $"cost-{i}-{Guid.NewGuid():N}"[..20], log));
            }

            return new CostResult(idleWindow.TotalSeconds, idle, idlePerSecond, paths, host.Storage.PartitionCount, host.Storage.MaxQueuePollingInterval.TotalSeconds);
        }
        finally
        {
            File.Delete(requestLog);
        }
    }

    public const string Dequeue = "Messages_Dequeue";
    public const string Delete = "MessageId_Delete";

    /// <summary>A path's requests without the dequeues that found nothing: each message taken is deleted once.</summary>
    public static IReadOnlyDictionary<string, long> WithoutEmptyPolls(IReadOnlyDictionary<string, long> operations)
    {
        var net = new SortedDictionary<string, long>(operations.ToDictionary(o => o.Key, o => o.Value), StringComparer.Ordinal);
        if (net.TryGetValue(Dequeue, out var dequeues))
        {
            net[Dequeue] = Math.Min(dequeues, operations.GetValueOrDefault(Delete));
        }

        return net;
    }

    private static async Task<CostPath> RunPathAsync(BenchHost host, string requestLog, Scenario scenario, string id, Action<string> log)
    {
        var from = Length(requestLog);
        var clock = Stopwatch.StartNew();
        var answer = await host.CallAsync(RouteNames.SubmitInterview, SampleReports.Bytes(SampleReports.Report(id, scenario.Reaction, scenario.NextInterviewIn)));
        if (answer.StatusCode != 202)
        {
            throw new InvalidOperationException($"Report {id} was not accepted: {answer.StatusCode} {answer.Body}");
        }

        return await CompletedPathAsync(host, requestLog, scenario, id, from, clock, log);
    }

    private static async Task<CostPath> CompletedPathAsync(BenchHost host, string requestLog, Scenario scenario, string id, long from, Stopwatch clock, Action<string> log)
    {
        using (var timeout = new CancellationTokenSource(PathTimeout))
        {
            await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: false, timeout.Token);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var operations = await CountAsync(requestLog, from);
        var total = operations.Values.Sum();
        var net = WithoutEmptyPolls(operations).Values.Sum();
        log($"  {scenario.Branch} ({scenario.Path}): {total} requests in {seconds:F1} s, {net} without empty polls");
        return new CostPath(scenario.Branch, scenario.Path, seconds, operations, total, net);
    }

    /// <summary>The floor: the bare orchestration's one no-op activity, on the same host.</summary>
    private static async Task<CostPath> RunBareAsync(BenchHost host, string requestLog, Action<string> log)
    {
        var id = $"cost-bare-{Guid.NewGuid():N}"[..20];
        var from = Length(requestLog);
        var clock = Stopwatch.StartNew();
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BareOrchestrator), id, new StartOrchestrationOptions { InstanceId = id });
        return await CompletedPathAsync(host, requestLog, new Scenario("bare", "one no-op activity", "none", null), id, from, clock, log);
    }

    private static long Length(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;

    /// <summary>Requests Azurite logged after <paramref name="from"/>, by operation, once its log has caught up.</summary>
    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(string file, long from)
    {
        // Azurite writes its log asynchronously, and a polling host never lets it fall quiet: a fixed
        // pause lets the lines of the requests already served land.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (OperationLine().Match(line) is { Success: true } match)
            {
                var operation = match.Groups[1].Value;
                counts[operation] = counts.GetValueOrDefault(operation) + 1;
            }
        }

        return counts;
    }

    /// <summary>The storage service an Azurite operation name belongs to, for its price.</summary>
    public static string ServiceOf(string operation) => operation switch
    {
        _ when operation.StartsWith("Table_", StringComparison.Ordinal) => "table",
        _ when operation.StartsWith("Messages_", StringComparison.Ordinal) || operation.StartsWith("MessageId_", StringComparison.Ordinal) || operation.StartsWith("Queue_", StringComparison.Ordinal) => "queue",
        _ => "blob",
    };

    [GeneratedRegex(@"DispatchMiddleware: Operation=(\w+)")]
    private static partial Regex OperationLine();
}
