using System.Globalization;
using System.Text.Json;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Reads a chat model's answer into a <see cref="ReplyReading"/>. Models wrap JSON in code fences or
/// add a sentence around it, so the first JSON object that parses is taken; an answer without a known
/// intent and a confidence is no answer. Phrases the reply does not contain are dropped: the owner is
/// shown them as the candidate's words.
/// </summary>
internal static class ModelAnswer
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly Dictionary<string, ReplyIntent> Intents = new(StringComparer.OrdinalIgnoreCase)
    {
        ["proceed"] = ReplyIntent.Proceed,
        ["notnow"] = ReplyIntent.NotNow,
        ["decline"] = ReplyIntent.Decline,
        ["question"] = ReplyIntent.Question,
        ["other"] = ReplyIntent.Other,
    };

    public static bool TryRead(string? answer, string replyText, bool asksQuestion, out ReplyReading reading)
    {
        reading = ReplyReading.Empty;
        if (string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        foreach (var candidate in JsonObjects(answer))
        {
            try
            {
                using var document = JsonDocument.Parse(candidate, Options);
                if (TryRead(document.RootElement, replyText, asksQuestion, out reading))
                {
                    return true;
                }
            }
            catch (JsonException)
            {
                // Not this brace pair; an object later in the answer may be the one.
            }
        }

        return false;
    }

    private static bool TryRead(JsonElement root, string replyText, bool asksQuestion, out ReplyReading reading)
    {
        reading = ReplyReading.Empty;
        if (root.ValueKind != JsonValueKind.Object
            || !TryProperty(root, "intent", out var intentElement)
            || intentElement.ValueKind != JsonValueKind.String
            || !Intents.TryGetValue(new string(intentElement.GetString()!.Where(char.IsAsciiLetter).ToArray()), out var intent)
            || !TryProperty(root, "confidence", out var confidenceElement)
            || !TryConfidence(confidenceElement, out var confidence))
        {
            return false;
        }

        var folded = ReplyTextFolding.Fold(replyText);
        var phrases = TryProperty(root, "phrases", out var phrasesElement)
            ? Strings(phrasesElement)
                .Select(p => ReplyTextFolding.Fold(p).Trim())
                .Where(p => p.Length > 0 && folded.Contains(p, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .ToArray()
            : [];
        reading = new ReplyReading(intent, confidence, phrases, asksQuestion || intent == ReplyIntent.Question);
        return true;
    }

    private static bool TryProperty(JsonElement root, string name, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool TryConfidence(JsonElement element, out double confidence)
    {
        var parsed = element.ValueKind switch
        {
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.String when double.TryParse(element.GetString()?.TrimEnd('%', ' '), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            _ => double.NaN,
        };

        // Some models answer in percent; anything else out of range is not a confidence.
        if (parsed is > 1 and <= 100)
        {
            parsed /= 100;
        }

        confidence = double.IsFinite(parsed) && parsed is >= 0 and <= 1 ? Math.Round(parsed, 2) : 0;
        return double.IsFinite(parsed) && parsed is >= 0 and <= 1;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    /// <summary>Each balanced <c>{…}</c> of the answer, in order, skipping braces inside JSON strings.</summary>
    private static IEnumerable<string> JsonObjects(string answer)
    {
        for (var start = answer.IndexOf('{', StringComparison.Ordinal); start >= 0; start = answer.IndexOf('{', start + 1))
        {
            var depth = 0;
            var inString = false;
            for (var i = start; i < answer.Length; i++)
            {
                var c = answer[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    yield return answer[start..(i + 1)];
                    break;
                }
            }
        }
    }
}
