using System.Text.Json;
using System.Text.Json.Serialization;
using FollowUp.Orchestrations.Replies;

namespace FollowUp.Orchestrations.Tests.Replies;

/// <summary>A reply of <c>replies.ja-en.json</c> with the intent a recruiter would read in it.</summary>
public sealed record LabelledReply(string Text, string Locale, ReplyIntent Intent, string Split)
{
    public const string Tuning = "tuning";
    public const string Holdout = "holdout";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static IReadOnlyList<LabelledReply> LoadSet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Replies", "replies.ja-en.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<LabelledSet>(stream, Options)!.Replies;
    }

    private sealed record LabelledSet([property: JsonRequired] IReadOnlyList<LabelledReply> Replies);
}
