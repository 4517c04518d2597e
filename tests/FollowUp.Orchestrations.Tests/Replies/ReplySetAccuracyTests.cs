using System.Globalization;
using System.Text;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Replies;
using Xunit.Abstractions;

namespace FollowUp.Orchestrations.Tests.Replies;

/// <summary>
/// The rules reader over the labelled set, read as production reads it: quote removal first. The
/// table goes to the test output so a change to the phrase files shows what it did per intent.
/// </summary>
public sealed class ReplySetAccuracyTests(ITestOutputHelper output)
{
    private const double ConfidentDecline = 0.8;

    private static readonly IReadOnlyList<LabelledReply> Set = LabelledReply.LoadSet();

    private static readonly Lazy<IReadOnlyList<(LabelledReply Reply, ReplyReading Reading)>> Readings = new(() =>
    {
        var reader = new RulesReplyIntentReader();
        return Set.Select(r => (r, reader.Read(ReplyText.Extract(r.Text)))).ToArray();
    });

    [Fact]
    public void The_set_is_large_and_balanced_enough_to_judge_the_rules()
    {
        Assert.True(Set.Count >= 220, $"{Set.Count} replies; at least 220 are needed.");
        foreach (var intent in Enum.GetValues<ReplyIntent>())
        {
            var count = Set.Count(r => r.Intent == intent);
            Assert.True(count >= 35, $"{intent}: {count} replies; at least 35 are needed.");
        }

        Assert.All(Set, r => Assert.Contains(r.Split, new[] { LabelledReply.Tuning, LabelledReply.Holdout }));
        Assert.Equal(Set.Count, Set.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Rules_read_at_least_nine_in_ten_replies_and_eight_in_ten_of_every_intent()
    {
        var readings = Readings.Value;
        output.WriteLine(Report(readings));

        var overall = Accuracy(readings);
        Assert.True(overall >= 0.9, $"Overall accuracy {overall:P1} is below 90 %.");
        foreach (var intent in Enum.GetValues<ReplyIntent>())
        {
            var accuracy = Accuracy(readings.Where(r => r.Reply.Intent == intent));
            Assert.True(accuracy >= 0.8, $"{intent}: accuracy {accuracy:P1} is below 80 %.");
        }
    }

    [Fact]
    public void A_confident_decline_is_almost_never_wrong()
    {
        var confident = Readings.Value.Where(r => r.Reading.Intent == ReplyIntent.Decline && r.Reading.Confidence >= ConfidentDecline).ToArray();
        var wrong = confident.Where(r => r.Reply.Intent != ReplyIntent.Decline).ToArray();
        foreach (var (reply, reading) in wrong)
        {
            output.WriteLine($"wrongly declined ({reading.Confidence:0.00}, really {reply.Intent}): {OneLine(reply.Text)}");
        }

        var precision = confident.Length == 0 ? 1 : 1 - ((double)wrong.Length / confident.Length);
        output.WriteLine($"decline at confidence ≥ {ConfidentDecline}: {confident.Length} readings, precision {precision:P1}");
        Assert.True(confident.Length > 0, "No decline was read with confidence; the threshold would never act.");
        Assert.True(precision >= 0.98, $"Decline precision at confidence ≥ {ConfidentDecline} is {precision:P1}, below 98 %.");
    }

    [Fact]
    public void Confidence_means_something_confident_readings_are_right_and_wrong_ones_are_unsure()
    {
        var readings = Readings.Value;
        var sure = readings.Where(r => r.Reading.Confidence >= 0.7).ToArray();
        var wrong = readings.Where(r => r.Reading.Intent != r.Reply.Intent).ToArray();
        var right = readings.Where(r => r.Reading.Intent == r.Reply.Intent).ToArray();

        Assert.NotEmpty(sure);
        Assert.True(Accuracy(sure) >= 0.95, $"Readings with confidence ≥ 0.7 are right {Accuracy(sure):P1} of the time.");
        if (wrong.Length > 0)
        {
            var wrongMean = wrong.Average(r => r.Reading.Confidence);
            var rightMean = right.Average(r => r.Reading.Confidence);
            Assert.True(wrongMean < rightMean, $"wrong readings average {wrongMean:0.00}, right ones {rightMean:0.00}");
        }
    }

    private static double Accuracy(IEnumerable<(LabelledReply Reply, ReplyReading Reading)> readings)
    {
        var list = readings.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(r => r.Reading.Intent == r.Reply.Intent) / list.Count;
    }

    private static string Report(IReadOnlyList<(LabelledReply Reply, ReplyReading Reading)> readings)
    {
        var intents = Enum.GetValues<ReplyIntent>();
        var report = new StringBuilder();
        void Line(string text) => report.AppendLine(text);
        string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);

        Line("| part | replies | overall | " + string.Join(" | ", intents) + " |");
        Line("|---|---:|---:|" + string.Concat(intents.Select(_ => "---:|")));
        foreach (var (name, part) in new[]
        {
            ("tuning", readings.Where(r => r.Reply.Split == LabelledReply.Tuning).ToArray()),
            ("holdout", readings.Where(r => r.Reply.Split == LabelledReply.Holdout).ToArray()),
            ("all", readings.ToArray()),
        })
        {
            var cells = intents.Select(i =>
            {
                var ofIntent = part.Where(r => r.Reply.Intent == i).ToArray();
                return $"{Percent(Accuracy(ofIntent))} ({ofIntent.Count(r => r.Reading.Intent == i)}/{ofIntent.Length})";
            });
            Line($"| {name} | {part.Length} | {Percent(Accuracy(part))} | {string.Join(" | ", cells)} |");
        }

        Line(string.Empty);
        Line("Precision per intent read (all): " + string.Join(", ", intents.Select(i =>
        {
            var read = readings.Where(r => r.Reading.Intent == i).ToArray();
            return $"{i} {Percent(read.Length == 0 ? 1 : (double)read.Count(r => r.Reply.Intent == i) / read.Length)} of {read.Length}";
        })));

        Line(string.Empty);
        Line("Confusion (rows: label, columns: read):");
        Line("| label \\ read | " + string.Join(" | ", intents) + " |");
        Line("|---|" + string.Concat(intents.Select(_ => "---:|")));
        foreach (var label in intents)
        {
            Line($"| {label} | " + string.Join(" | ", intents.Select(read => readings.Count(r => r.Reply.Intent == label && r.Reading.Intent == read))) + " |");
        }

        Line(string.Empty);
        Line("Accuracy by confidence:");
        foreach (var (low, high) in new[] { (0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 1.01) })
        {
            var band = readings.Where(r => r.Reading.Confidence >= low && r.Reading.Confidence < high).ToArray();
            Line($"  [{low:0.0}, {Math.Min(high, 1):0.0}{(high > 1 ? "]" : ")")}: {band.Length} readings, {Percent(Accuracy(band))} right");
        }

        Line(string.Empty);
        Line("Misread:");
        foreach (var (reply, reading) in readings.Where(r => r.Reading.Intent != r.Reply.Intent))
        {
            Line($"  [{reply.Split}] {reply.Intent} read as {reading.Intent} ({reading.Confidence:0.00}; {string.Join(" | ", reading.Phrases)}): {OneLine(reply.Text)}");
        }

        return report.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ⏎ ");
}
