using System.Diagnostics;
using System.Text.Json;
using FollowUp.Benchmarks.Harness;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Replies;
using FollowUp.Testing;

namespace FollowUp.Benchmarks.Groups;

/// <summary>
/// 6. The rules reply reader over the labelled reply set (quoted text removed first, as the inbound
/// route does): replies read per second on one thread, and the per-reply latency distribution.
/// </summary>
internal static class ReplyReaderGroup
{
    private static readonly string SetPath = Path.Combine("tests", "FollowUp.Orchestrations.Tests", "Replies", "replies.ja-en.json");

    public static ReplyReaderResult Run(BenchOptions options, Action<string> log)
    {
        var texts = Load();
        var reader = new RulesReplyIntentReader();
        foreach (var text in texts)
        {
            reader.Read(text);
        }

        var passes = options.Quick ? 5 : 40;
        log($"  {texts.Count} replies × {passes} passes…");
        var latencies = new List<double>(texts.Count * passes);
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var text in texts)
            {
                var started = Stopwatch.GetTimestamp();
                reader.Read(text);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
        }

        total.Stop();
        return new ReplyReaderResult(latencies.Count / total.Elapsed.TotalSeconds, LatencyStats.Of(latencies));
    }

    private static List<string> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, SetPath)));
        return document.RootElement.GetProperty("replies").EnumerateArray()
            .Select(r => ReplyText.Extract(r.GetProperty("text").GetString()!))
            .ToList();
    }
}
