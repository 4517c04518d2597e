using System.Globalization;
using System.Text.Json.Nodes;

namespace FollowUp.Security.Tests.Support;

/// <summary>Reports with every free-text field filled, and a way to put a payload into one of them by its JSON path.</summary>
public static class FullReports
{
    /// <summary>Every free-text field of a report, as the validator names it in a 400's errors.</summary>
    public static IReadOnlyList<string> FreeTextFields { get; } =
    [
        "candidate.name",
        "owner.name",
        "candidate.profiles[0].network",
        "nextInterview.with",
        "nextInterview.location",
        "feedback.positive[0]",
        "feedback.improve[0]",
        "feedback.prepare[0]",
        "contactTimeline[0].channel",
    ];

    /// <summary>A proceed report with a next interview, a profile and a contact: every free-text field present.</summary>
    public static JsonObject Proceed(string interviewId)
    {
        var report = FollowUp.Testing.Reports.Report(interviewId, "proceed");
        ((JsonObject)report["candidate"]!)["profiles"] = new JsonArray(new JsonObject { ["network"] = "LinkedIn", ["url"] = "https://www.linkedin.com/in/hanako" });
        report["nextInterview"] = NextInterview();
        report["contactTimeline"] = new JsonArray(new JsonObject
        {
            ["at"] = DateTimeOffset.UtcNow.AddDays(-2).ToString("O", CultureInfo.InvariantCulture),
            ["direction"] = "company",
            ["channel"] = "LinkedIn",
        });
        return report;
    }

    public static JsonObject NextInterview() => new()
    {
        ["startsAt"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O", CultureInfo.InvariantCulture),
        ["durationMinutes"] = 60,
        ["with"] = "CEO 山根",
        ["location"] = "https://meet.example.com/abc-defg-hij",
    };

    /// <summary>Sets the string at <paramref name="path"/> (dots and [index]) to <paramref name="value"/>.</summary>
    public static JsonObject With(this JsonObject report, string path, string value)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(path);
        JsonNode node = report;
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < steps.Length - 1; i++)
        {
            node = Step(node, steps[i]);
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[Index(last)] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }

        return report;
    }

    private static JsonNode Step(JsonNode node, string step) =>
        step.StartsWith('[') ? node.AsArray()[Index(step)]! : node.AsObject()[step]!;

    private static int Index(string step) => int.Parse(step.AsSpan(1, step.Length - 2), CultureInfo.InvariantCulture);
}
