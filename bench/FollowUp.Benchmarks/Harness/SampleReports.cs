using System.Globalization;
using System.Text.Json.Nodes;

namespace FollowUp.Benchmarks.Harness;

/// <summary>Reports as the form posts them; each reaction takes its own branch of the playbook.</summary>
internal static class SampleReports
{
    /// <summary>The four reactions in turn, so a run covers every branch's same-day email.</summary>
    public static readonly string[] Rotation = ["proceed", "considering", "undecided", "declined"];

    /// <param name="nextInterviewIn">For <c>proceed</c>: when the next interview starts (none = the book-now path).</param>
    /// <param name="interviewedAgo">How long before now the interview took place.</param>
    public static JsonObject Report(string interviewId, string reaction, TimeSpan? nextInterviewIn = null, TimeSpan? interviewedAgo = null)
    {
        var now = DateTimeOffset.UtcNow;
        var report = new JsonObject
        {
            ["interviewId"] = interviewId,
            ["interviewedAt"] = Iso(now - (interviewedAgo ?? TimeSpan.FromMinutes(5))),
            ["reaction"] = reaction,
            ["candidate"] = new JsonObject
            {
                ["name"] = "佐藤 花子",
                ["email"] = $"{interviewId}@example.com",
                ["locale"] = "ja",
                ["timeZone"] = "Asia/Tokyo",
                ["profiles"] = new JsonArray(new JsonObject { ["network"] = "LinkedIn", ["url"] = "https://www.linkedin.com/in/example" }),
            },
            ["owner"] = new JsonObject { ["name"] = "山根 健", ["email"] = "owner@example.co.jp" },
            ["feedback"] = new JsonObject
            {
                ["positive"] = new JsonArray("決済基盤の移行を分かりやすく説明してくださった点"),
                ["improve"] = new JsonArray("成果を数字で示すと、どの会社でも伝わりやすくなります"),
                ["prepare"] = new JsonArray("設計したシステムを一つ、10分で説明できるように"),
            },
            ["contactTimeline"] = new JsonArray(
                new JsonObject { ["at"] = Iso(now.AddDays(-20)), ["direction"] = "candidate", ["channel"] = "scout" },
                new JsonObject { ["at"] = Iso(now.AddDays(-16)), ["direction"] = "company", ["channel"] = "scout" }),
        };

        if (reaction == "proceed" && nextInterviewIn is { } startsIn)
        {
            report["nextInterview"] = new JsonObject
            {
                ["startsAt"] = Iso(now + startsIn),
                ["durationMinutes"] = 60,
                ["with"] = "CEO 山根",
                ["location"] = "https://meet.example.com/abc",
            };
        }

        return report;
    }

    /// <summary>The report for the n-th interview of a rotation: proceed comes with a date three days out.</summary>
    public static JsonObject Rotating(string interviewId, int n)
    {
        var reaction = Rotation[n % Rotation.Length];
        return Report(interviewId, reaction, reaction == "proceed" ? TimeSpan.FromDays(3) : null);
    }

    public static byte[] Bytes(JsonObject report) => System.Text.Encoding.UTF8.GetBytes(report.ToJsonString());

    private static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
