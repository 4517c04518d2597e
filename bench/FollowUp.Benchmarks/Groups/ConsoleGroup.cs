using System.Diagnostics;
using FollowUp.Benchmarks.Harness;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage;
using FollowUp.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 7. The team's console over a full case list: the table filled with <see cref="BenchOptions.Cases"/> rows
/// (ten owners, every reaction and stage, a year of interviews), then the list route's query (first pages
/// and next pages, with and without each filter) timed again and again, and the figures over every case.
/// Measured through the domain services the routes call, on the Table Storage adapter over Azurite.
/// </summary>
internal static class ConsoleGroup
{
    public const int ListQueries = 200;
    public const int FiguresRuns = 5;
    private const int Owners = 10;
    private const int FillConcurrency = 16;

    public static async Task<ConsoleResult> RunAsync(AzuriteServer azurite, BenchOptions options, Action<string> log)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                [TableStorageServiceCollectionExtensions.TablePrefixKey] = "Bench",

                // The playbook's services refuse to start without the key of the address hashes (erasure, opt-out).
                ["FollowUp:Privacy:AddressHashKey"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddFollowUpPlaybook(configuration).AddFollowUpTableStorage(configuration).BuildServiceProvider();
        var cases = services.GetRequiredService<ICaseList>();
        var listing = services.GetRequiredService<CaseListing>();
        var figures = services.GetRequiredService<CaseFigures>();

        log($"filling the case list with {options.Cases:N0} rows…");
        var fill = Stopwatch.StartNew();
        var start = DateTimeOffset.UtcNow.AddDays(-365);
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Cases), new ParallelOptions { MaxDegreeOfParallelism = FillConcurrency }, async (i, ct) =>
        {
            var row = Row(i, start.AddMinutes(i * 365.0 * 24 * 60 / options.Cases));
            await cases.ChangeAsync(row.InterviewId, row.InterviewedAt, _ => row, ct);
        });
        fill.Stop();

        var queries = Queries(start);
        var list = new List<double>(ListQueries);
        string? continuation = null;
        for (var i = 0; i < ListQueries; i++)
        {
            // Every fourth query follows the previous page's token, as "show more" does.
            var query = queries[i % queries.Length];
            var clock = Stopwatch.StartNew();
            var page = await listing.ListCasesAsync(query, i % 4 == 3 ? continuation : null, CaseListing.DefaultPageSize, CancellationToken.None);
            list.Add(clock.Elapsed.TotalMilliseconds);
            continuation = page.Continuation;
        }

        var metrics = new List<double>(FiguresRuns);
        var reports = 0;
        for (var i = 0; i < FiguresRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            var report = await figures.ComputeAsync(null, null, null, CancellationToken.None);
            metrics.Add(clock.Elapsed.TotalMilliseconds);
            reports = report.Total.Reports;
        }

        log($"list p95 {LatencyStats.Of(list).P95:F0} ms, figures over {reports:N0} cases p50 {LatencyStats.Of(metrics).P50:F0} ms");
        return new ConsoleResult(options.Cases, options.Cases / fill.Elapsed.TotalSeconds, LatencyStats.Of(list), reports, LatencyStats.Of(metrics));
    }

    private static CaseQuery[] Queries(DateTimeOffset start) =>
    [
        new(),
        new(Stage: FollowUpStage.AwaitingReply),
        new(OwnerEmail: Owner(3)),
        new(Reaction: Reaction.Undecided),
        new(NeedsAttention: true),
        new(From: start.AddDays(100), To: start.AddDays(130)),
        new(OverdueAt: start.AddDays(200)),
        new(Stage: FollowUpStage.Nurturing, OwnerEmail: Owner(7)),
    ];

    private static string Owner(int i) => $"owner{i}@company.example";

    private static CaseSummary Row(int i, DateTimeOffset interviewedAt)
    {
        var reaction = (Reaction)(i % 4);
        var stages = Enum.GetValues<FollowUpStage>();
        var emailed = i % 10 != 0;
        return new CaseSummary
        {
            InterviewId = $"bench-{i:D6}",
            CandidateName = $"候補者 {i}",
            OwnerName = $"担当 {i % Owners}",
            OwnerEmail = Owner(i % Owners),
            InterviewedAt = interviewedAt,
            ReportedAt = interviewedAt.AddMinutes(30 + (i % 7)),
            Reaction = reaction,
            Stage = stages[i % stages.Length],
            NextAction = PlannedAction.SendStatusCheck,
            NextActionAt = interviewedAt.AddDays(2),
            FirstEmailAt = emailed ? interviewedAt.AddMinutes(31 + (i % 13)) : null,
            FirstReplyAt = i % 3 == 0 ? interviewedAt.AddHours(5 + (i % 50)) : null,
            CandidateEmails = 1 + (i % 3),
            Escalations = i % 5 == 0 ? 1 : 0,
            OptedOut = i % 97 == 0,
            NeedsAttention = i % 50 == 0,
            SlowCompanyAnswers = i % 11 == 0 ? 1 : 0,
            CountedThrough = 2,
            UpdatedAt = interviewedAt,
        };
    }
}
