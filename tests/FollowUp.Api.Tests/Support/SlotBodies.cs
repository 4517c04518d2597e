using System.Text.Json.Nodes;

namespace FollowUp.Api.Tests.Support;

/// <summary>Reports with slots and slot lists, as an interviewer's tool posts them.</summary>
internal static class SlotBodies
{
    public const string With = "CEO 山根";

    public static JsonObject Slot(int daysAhead, string with = With) => Slot(DateTimeOffset.UtcNow.AddDays(daysAhead), with);

    public static JsonObject Slot(DateTimeOffset startsAt, string with = With) => new()
    {
        ["startsAt"] = startsAt.ToString("O"),
        ["durationMinutes"] = 45,
        ["with"] = with,
        ["location"] = "https://meet.example.com/abc-defg-hij",
    };

    public static JsonObject Report(string id, string reaction, params JsonObject[] slots) =>
        Report(id, reaction, "hanako@example.com", "ja", slots);

    public static JsonObject Report(string id, string reaction, string candidateEmail, string locale, params JsonObject[] slots)
    {
        var report = new JsonObject
        {
            ["interviewId"] = id,
            ["interviewedAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            ["reaction"] = reaction,
            ["candidate"] = new JsonObject { ["name"] = "佐藤 花子", ["email"] = candidateEmail, ["timeZone"] = "Asia/Tokyo", ["locale"] = locale },
            ["owner"] = new JsonObject { ["name"] = "山根 健", ["email"] = "yamane@example.co.jp" },
            ["feedback"] = new JsonObject { ["positive"] = new JsonArray("システム設計の説明が具体的でした"), ["improve"] = new JsonArray("成果を数字で示すと伝わりやすくなります") },
        };
        if (slots.Length > 0)
        {
            report["slots"] = new JsonArray(slots.Select(s => (JsonNode)s).ToArray());
        }

        return report;
    }

    public static string List(params JsonObject[] slots) =>
        new JsonObject { ["slots"] = new JsonArray(slots.Select(s => (JsonNode)s).ToArray()) }.ToJsonString();
}
