using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// The phrase lists of every language, read and normalized once. Every reply is read against all
/// languages at once: candidates mix Japanese and English in one email, whatever their locale says.
/// The lists are data (<c>Replies/Phrases/*.json</c>) so a recruiter can add a phrase without a code change.
/// </summary>
public sealed class ReplyLexicon
{
    private const string ResourcePrefix = "FollowUp.Orchestrations.Replies.Phrases.";

    /// <summary>Highest weight a phrase may carry: one phrase deciding far past "decides alone" would hide every conflict.</summary>
    public const double MaxWeight = 5;

    private static readonly Lazy<ReplyLexicon> DefaultLexicon = new(LoadEmbedded);

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt section ("negators", "intens") would otherwise be dropped without a word.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly FrozenDictionary<string, ReplyIntent> IntentNames = new Dictionary<string, ReplyIntent>(StringComparer.Ordinal)
    {
        ["proceed"] = ReplyIntent.Proceed,
        ["notNow"] = ReplyIntent.NotNow,
        ["decline"] = ReplyIntent.Decline,
        ["question"] = ReplyIntent.Question,
        ["other"] = ReplyIntent.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private ReplyLexicon(
        IReadOnlyList<string> languages,
        IReadOnlyList<LexiconPhrase> phrases,
        IReadOnlyList<LexiconMarker> negators,
        IReadOnlyList<NegationRule> negation,
        LexiconMarkers markers)
    {
        Languages = languages;
        Phrases = phrases;
        Negators = negators;
        Negation = negation;
        Markers = markers;
    }

    /// <summary>The phrase files built into FollowUp (<c>Replies/Phrases/*.json</c>).</summary>
    public static ReplyLexicon Default => DefaultLexicon.Value;

    /// <summary>The languages read, in the order their files were given.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Intent phrases and neutral phrases, longest first, so that a longer phrase wins an overlap.</summary>
    internal IReadOnlyList<LexiconPhrase> Phrases { get; }

    internal IReadOnlyList<LexiconMarker> Negators { get; }

    /// <summary>Per language (index as in <see cref="Languages"/>).</summary>
    internal IReadOnlyList<NegationRule> Negation { get; }

    internal LexiconMarkers Markers { get; }

    /// <summary>
    /// A lexicon from phrase files' JSON text, e.g. the built-in files plus a recruiter's own. A bad file
    /// fails here, naming the file's language and the entry, not when the first reply arrives.
    /// </summary>
    public static ReplyLexicon FromJson(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var languages = new List<string>();
        var phrases = new Dictionary<(string Text, int Language), LexiconPhrase>();
        var negators = new List<LexiconMarker>();
        var negation = new List<NegationRule>();
        var markers = new LexiconMarkers();

        foreach (var json in files)
        {
            ReplyLexiconFile file;
            try
            {
                file = JsonSerializer.Deserialize<ReplyLexiconFile>(json, FileOptions)
                    ?? throw new FormatException("A phrase file is empty.");
            }
            catch (JsonException exception)
            {
                throw new FormatException($"A phrase file is not valid: {exception.Message}", exception);
            }

            var language = languages.Count;
            var name = string.IsNullOrWhiteSpace(file.Language) ? $"#{language + 1}" : file.Language;
            languages.Add(name);

            foreach (var (intentName, entries) in file.Intents)
            {
                if (!IntentNames.TryGetValue(intentName, out var intent))
                {
                    throw new FormatException($"Phrase file '{name}': '{intentName}' is not an intent (use {string.Join(", ", IntentNames.Keys)}).");
                }

                foreach (var (text, weight) in entries)
                {
                    if (weight is <= 0 or > MaxWeight || double.IsNaN(weight))
                    {
                        throw new FormatException($"Phrase file '{name}': '{text}' under {intentName} has weight {weight}; use a weight above 0 and at most {MaxWeight}.");
                    }

                    var phrase = Fold(text, name);
                    if (phrases.TryGetValue((phrase, language), out var existing) && existing.Intent != intent)
                    {
                        throw new FormatException($"Phrase file '{name}': '{text}' is listed under both {Name(existing.Intent)} and {intentName}.");
                    }

                    phrases[(phrase, language)] = new LexiconPhrase(phrase, intent, weight, language);
                }
            }

            foreach (var text in file.Neutral)
            {
                var phrase = Fold(text, name);
                if (phrases.TryGetValue((phrase, language), out var existing) && existing.Intent is { } intent)
                {
                    throw new FormatException($"Phrase file '{name}': '{text}' is listed under both {Name(intent)} and neutral.");
                }

                phrases[(phrase, language)] = new LexiconPhrase(phrase, null, 0, language);
            }

            negation.Add(ReadNegation(file.Negation, name));
            negators.AddRange((file.Negation?.Words ?? []).Select(w => new LexiconMarker(Fold(w, name), language)));
            markers.Contrast.AddRange(file.Contrast.Select(t => Fold(t, name)));
            markers.Hedges.AddRange(file.Hedges.Select(t => Fold(t, name)));
            markers.Conditionals.AddRange(file.Conditionals.Select(t => Fold(t, name)));
            markers.Schedule.AddRange(file.Schedule.Select(t => Fold(t, name)));
            markers.QuestionEndings.AddRange(file.QuestionEndings.Select(t => Fold(t, name)));
            markers.SignatureLines.AddRange(file.SignatureLines.Select(t => Fold(t, name)));
            markers.SignatureStarts.AddRange(file.SignatureStarts.Select(t => Fold(t, name)));
        }

        var ordered = phrases.Values
            .OrderByDescending(p => p.Text.Length)
            .ThenByDescending(p => p.Weight)
            .ThenBy(p => p.Text, StringComparer.Ordinal)
            .ToArray();
        return new ReplyLexicon(languages, ordered, negators, negation, markers);

        static string Name(ReplyIntent? intent) => intent is { } i ? IntentNames.First(n => n.Value == i).Key : "neutral";
    }

    private static NegationRule ReadNegation(ReplyLexiconFile.NegationFile? negation, string name)
    {
        if (negation is null)
        {
            return NegationRule.None;
        }

        var after = negation.Position switch
        {
            "after" => true,
            "before" => false,
            _ => throw new FormatException($"Phrase file '{name}': negation position '{negation.Position}' must be 'before' or 'after'."),
        };
        if (negation.Window is < 1 or > 60)
        {
            throw new FormatException($"Phrase file '{name}': negation window {negation.Window} must be 1 to 60 characters.");
        }

        var turns = new Dictionary<ReplyIntent, ReplyIntent>();
        foreach (var (from, to) in negation.Turns)
        {
            if (!IntentNames.TryGetValue(from, out var fromIntent) || !IntentNames.TryGetValue(to, out var toIntent))
            {
                throw new FormatException($"Phrase file '{name}': negation turns '{from}' → '{to}' must name intents ({string.Join(", ", IntentNames.Keys)}).");
            }

            turns[fromIntent] = toIntent;
        }

        return new NegationRule(after, negation.Window, turns.ToFrozenDictionary());
    }

    private static string Fold(string text, string name)
    {
        var folded = ReplyTextFolding.Fold(text).Trim();
        return folded.Length > 0 ? folded : throw new FormatException($"Phrase file '{name}' has an empty phrase.");
    }

    /// <summary>
    /// The JSON text of the built-in phrase files, for a host that adds its own files to them:
    /// <c>FromJson(BuiltInFiles().Concat(recruiterFiles))</c>.
    /// </summary>
    public static IReadOnlyList<string> BuiltInFiles()
    {
        var assembly = typeof(ReplyLexicon).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
                return reader.ReadToEnd();
            })
            .ToArray();
        return files.Length > 0
            ? files
            : throw new InvalidOperationException($"No phrase files ({ResourcePrefix}*.json) are embedded in {assembly.GetName().Name}.");
    }

    private static ReplyLexicon LoadEmbedded() => FromJson(BuiltInFiles());
}
