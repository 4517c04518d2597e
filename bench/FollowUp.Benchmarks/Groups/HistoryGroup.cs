using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using FollowUp.Api.Routing;
using FollowUp.Benchmarks.Harness;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 3. History events per interview for each branch's longest path, read from the durable History
/// table, and the custom status's size. Every path runs to completion with the policy in seconds.
/// Production's waits are longer than the worker's timer chunk (3 days, Azure Storage cannot hide a
/// message longer than 7): P7D and P3M waits become chains of 3-day timers, each one more wake-up in
/// the same history. A second host with a 1 s chunk measures what one extra chunk costs in events,
/// and each path's production figure is its measured count plus that cost per extra chunk.
/// </summary>
internal static class HistoryGroup
{
    private static readonly TimeSpan PathTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ProductionChunk = TimeSpan.FromDays(3);

    internal static readonly Dictionary<string, string> Seconds = new(StringComparer.Ordinal)
    {
        ["ReplyWindow"] = "PT2S",
        ["NoResponseWindow"] = "PT2S",
        ["NurtureAfter"] = "PT4S",
        ["BookingWindow"] = "PT2S",
        ["ReminderBefore"] = "PT2S",
        ["KeepOpenFor"] = "PT2S",
        ["SendWindow"] = "00:00-24:00",
    };

    // The production policy with one day played as one second: every wait keeps its proportion to
    // MaxWaitPerExecution (P3D → 3 s), so executions and events per execution are production's own.
    private static readonly Dictionary<string, string> ProductionScaled = new(StringComparer.Ordinal)
    {
        ["ReplyWindow"] = "PT2S",
        ["NoResponseWindow"] = "PT7S",
        ["NurtureAfter"] = "PT92S",
        ["BookingWindow"] = "PT1S",
        ["ReminderBefore"] = "PT1S",
        ["KeepOpenFor"] = "PT92S",
        ["MaxWaitPerExecution"] = "PT3S",
        ["SendWindow"] = "00:00-24:00",
    };

    /// <param name="ProductionWaitsDays">The timers the path waits on under the default policy, in days: P1D, P2D (+ up to 14 h to the send window), P7D, P3M (at most 92 days), a reminder 6 days out for an interview booked a week ahead.</param>
    private sealed record Scenario(string Branch, string Path, string Reaction, string FirstEmail, bool NextInterview, Func<BenchHost, string, Task>? After, double[] ProductionWaitsDays);

    private static readonly Scenario[] Scenarios =
    [
        new("proceed", "date booked (a week out): confirmation, reminder timer, reminder, keep-open timer", "proceed", nameof(EmailKind.ProceedConfirmation), true, null, [6, 92]),
        new("proceed", "no date: owner book-now + ask availability, booking timer, book-now again, keep-open timer", "proceed", nameof(EmailKind.OwnerBookNow), false, null, [1, 92]),
        new("considering", "no reply: thanks, reply timer, status check + owner, no-response timer, pool + owner, closed", "considering", nameof(EmailKind.ConsideringThanks), false, null, [2.6, 7]),
        new("considering", "reply: thanks, candidate replies → owner told, keep-open timer", "considering", nameof(EmailKind.ConsideringThanks), false, ReplyAsync, [2.6, 92]),
        new("undecided", "thanks + pool, nurture timer, check-in + owner, keep-open timer", "undecided", nameof(EmailKind.UndecidedThanks), false, null, [92, 92]),
        new("declined", "thanks, retrospective, owner retrospective + SNS, pool", "declined", nameof(EmailKind.DeclinedThanks), false, null, []),
        new("undecided → considering", "reaction change (continue-as-new), then considering without reply", "undecided", nameof(EmailKind.UndecidedThanks), false, ChangeToConsideringAsync, [2.6, 7]),
    ];

    public static async Task<HistoryResult> RunAsync(AzuriteServer azurite, Action<string> log)
    {
        await using var seconds = await BenchHost.StartAsync(new BenchHostSettings
        {
            ConnectionString = azurite.ConnectionString,
            TaskHub = "benchhistory",
            Policy = Seconds,
        });
        await using var chunked = await BenchHost.StartAsync(new BenchHostSettings
        {
            ConnectionString = azurite.ConnectionString,
            TaskHub = "benchhistorychunk",
            Policy = Seconds,
            MaximumTimerInterval = TimeSpan.FromSeconds(1),
        });

        await using var scaled = await BenchHost.StartAsync(new BenchHostSettings
        {
            ConnectionString = azurite.ConnectionString,
            TaskHub = "benchhistoryprod",
            Policy = ProductionScaled,
        });

        var check = Scenarios[2];
        var unsplitTask = Task.WhenAll(Scenarios.Select((s, i) => RunPathAsync(seconds, "benchhistory", azurite, s, $"hist-{i}")));
        var splitTask = RunPathAsync(chunked, "benchhistorychunk", azurite, check, "histchunk-2");
        log("  production durations, a day played as a second (the longest paths wait 3 months twice: about 3 minutes)…");
        var scaledTask = Task.WhenAll(Scenarios.Select((s, i) => RunPathAsync(scaled, "benchhistoryprod", azurite, s, $"histprod-{i}", nextInterviewIn: TimeSpan.FromSeconds(7))));
        var paths = await unsplitTask;
        var split = await splitTask;
        var productionScaled = await scaledTask;
        log("  every path completed");

        // What one more timer chunk adds to a history, measured: the same path, split and unsplit.
        var plain = paths[2];
        var extraTimers = split.EventTypes.GetValueOrDefault("TimerCreated") - plain.EventTypes.GetValueOrDefault("TimerCreated");
        var extraEvents = split.Events - plain.Events;
        var perChunk = extraTimers > 0 ? (double)extraEvents / extraTimers : 4;
        var withChunks = paths.Zip(Scenarios, (p, s) =>
        {
            var extraChunks = s.ProductionWaitsDays.Sum(days => (int)Math.Ceiling(TimeSpan.FromDays(days) / ProductionChunk) - 1);
            return p with { ProductionTimers = s.ProductionWaitsDays.Sum(days => (int)Math.Ceiling(TimeSpan.FromDays(days) / ProductionChunk)), ProductionEvents = p.Events + (int)Math.Round(perChunk * extraChunks) };
        }).ToList();
        var (bound, example) = CustomStatusUpperBound();
        return new HistoryResult(withChunks, bound, example, new ChunkCheck(extraTimers, extraEvents, perChunk)) { ProductionScaled = productionScaled };
    }

    private static async Task<HistoryPath> RunPathAsync(BenchHost host, string taskHub, AzuriteServer azurite, Scenario scenario, string id, TimeSpan? nextInterviewIn = null)
    {
        var report = SampleReports.Report(id, scenario.Reaction, scenario.NextInterview ? nextInterviewIn ?? TimeSpan.FromSeconds(6) : null, interviewedAgo: TimeSpan.FromMilliseconds(100));
        var first = host.Board.Expect(id, scenario.FirstEmail);
        var answer = await host.CallAsync(RouteNames.SubmitInterview, SampleReports.Bytes(report));
        if (answer.StatusCode != 202)
        {
            throw new InvalidOperationException($"History path {id} was not accepted: {answer.StatusCode} {answer.Body}");
        }

        var statusBytes = 0;

        // The provider keeps only the latest executions' rows once a case continues as new, so every
        // execution is counted while it is there: the largest row count seen under each execution id.
        var tables = new DurableTables(azurite.ConnectionString, taskHub);
        var seenPerExecution = new Dictionary<string, int>(StringComparer.Ordinal);
        async Task SampleAsync()
        {
            foreach (var execution in (await tables.HistoryAsync(id)).GroupBy(r => r.ExecutionId))
            {
                seenPerExecution[execution.Key] = Math.Max(seenPerExecution.GetValueOrDefault(execution.Key), execution.Count());
            }
        }

        var watch = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < PathTimeout)
            {
                await SampleAsync();
                var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
                if (instance?.SerializedCustomStatus is { } status)
                {
                    statusBytes = Math.Max(statusBytes, Encoding.UTF8.GetByteCount(status));
                }

                if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated })
                {
                    return instance;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }

            throw new TimeoutException($"History path {id} ({scenario.Path}) did not complete in {PathTimeout}.");
        });

        await first.WaitAsync(PathTimeout);
        if (scenario.After is { } after)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await after(host, id);
        }

        var final = await watch;
        var stage = final.SerializedOutput is { } output && JsonNode.Parse(output)?["Stage"]?.GetValue<string>() is { } s ? s : final.RuntimeStatus.ToString();
        await SampleAsync();
        var rows = await tables.HistoryAsync(id);
        var executions = rows.GroupBy(r => r.ExecutionId).ToList();
        var last = executions.OrderBy(g => g.Max(r => r.Timestamp)).Last();
        var types = last.GroupBy(r => r.EventType).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new HistoryPath(
            scenario.Branch,
            scenario.Path,
            final.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? stage : final.RuntimeStatus.ToString(),
            last.Count(),
            executions.Count,
            rows.Count,
            statusBytes,
            types)
        {
            MaxEventsPerExecution = seenPerExecution.Values.Max(),
            ExecutionsSeen = seenPerExecution.Count,
        };
    }

    private static Task ReplyAsync(BenchHost host, string id) =>
        host.Client.RaiseEventAsync(id, FollowUpEvents.CandidateReplied, new CandidateReply($"<{id}@example.com>", DateTimeOffset.UtcNow, "Re: 面談のお礼", "ぜひ面接に進みたいです。"));

    private static async Task ChangeToConsideringAsync(BenchHost host, string id)
    {
        var body = new JsonObject
        {
            ["reaction"] = "considering",
            ["feedback"] = new JsonObject { ["positive"] = new JsonArray("前向きに検討したいとのこと"), ["prepare"] = new JsonArray("設計したシステムを一つ説明できるように") },
        };
        var answer = await host.CallAsync(RouteNames.ChangeReaction, Encoding.UTF8.GetBytes(body.ToJsonString()), ("id", id));
        if (answer.StatusCode != 202)
        {
            throw new InvalidOperationException($"Reaction change for {id} answered {answer.StatusCode}: {answer.Body}");
        }
    }

    /// <summary>The largest custom status the orchestrator can publish: every field set, the longest names, serialized as the worker does.</summary>
    private static (int Bytes, string Example) CustomStatusUpperBound()
    {
        var converter = Microsoft.DurableTask.Converters.JsonDataConverter.Default;
        var at = new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9999);
        var largest = Enum.GetValues<FollowUpStage>()
            .SelectMany(stage => Enum.GetValues<PlannedAction>().Select(action => new FollowUpStatus
            {
                Stage = stage,
                Reaction = Reaction.Considering,
                NextAction = action,
                NextActionAt = at,
                CandidateEmails = 999,
                Escalations = 999,
                OptedOut = true,
                LastReplyAt = at,
            }))
            .Select(status => converter.Serialize(status)!)
            .MaxBy(Encoding.UTF8.GetByteCount)!;
        return (Encoding.UTF8.GetByteCount(largest), largest);
    }
}
