namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Reads a reply with weighted phrase lists (<see cref="ReplyLexicon"/>) and a few rules of how people
/// write: a negation turns a yes into a no (「進みたいとは思っておりません」, "not … moving forward");
/// after "but" / 「ですが」 the later clause counts more; a yes that waits on a condition ("if it is
/// remote", 「リモートであれば」) is a question to the recruiter; a question beside a clear yes stays a
/// yes, with the question kept in the phrases; hedges ("maybe", 「かもしれ」) lower the confidence.
/// Deterministic, fast and without network: it is the reading every host can afford, and
/// the fallback of a model-based reader.
/// </summary>
public sealed class RulesReplyIntentReader : IReplyIntentReader
{
    // A clause before "but" still counts, at half: "the role sounds great, but I have accepted another
    // offer" is a decline that was polite, not a conflict.
    private const double BeforeContrast = 0.5;

    // "However," opening the next sentence weakens the sentence before it, less than a contrast inside one.
    private const double BeforeOpeningContrast = 0.6;

    private const double Hedged = 0.7;

    // A yes that waits on a condition counts little as a yes, and the condition counts as a question.
    private const double Conditional = 0.4;
    private const double ConditionWeight = 1.5;

    private const double QuestionSentenceWeight = 1.2;

    // A negated cue is a little weaker than the same meaning said outright ("not interested").
    private const double Negated = 0.9;

    private const int MaxCueLength = 40;

    private static readonly char[] ClauseBreaks = ['、', ',', ';', ':'];

    private readonly ReplyLexicon _lexicon;

    public RulesReplyIntentReader()
        : this(ReplyLexicon.Default)
    {
    }

    public RulesReplyIntentReader(ReplyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public ValueTask<ReplyReading> ReadAsync(string replyText, string? locale, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Read(replyText));

    /// <summary>The reading of <paramref name="replyText"/>; the same text always gives the same reading.</summary>
    public ReplyReading Read(string replyText)
    {
        ArgumentNullException.ThrowIfNull(replyText);
        var sentences = ReplySentences.Read(replyText, _lexicon.Markers);
        if (sentences.Count == 0)
        {
            return ReplyReading.Empty;
        }

        var tally = new IntentTally();
        for (var index = 0; index < sentences.Count; index++)
        {
            ReadSentence(sentences[index], index, tally);
        }

        return tally.Read();
    }

    private void ReadSentence(ReplySentence sentence, int index, IntentTally tally)
    {
        var text = sentence.Text;
        var claimed = Claim(text);
        var spans = claimed.Select(c => c.Span).ToArray();

        var contrasts = Free(_lexicon.Markers.Contrast, text, spans);
        if (index > 0 && contrasts.Any(c => c.Start == 0))
        {
            tally.Discount(index - 1, BeforeOpeningContrast);
        }

        var lastContrast = contrasts.Where(c => c.Start > 0).Select(c => c.Start).DefaultIfEmpty(-1).Max();
        var conditional = Free(_lexicon.Markers.Conditionals, text, spans).Length > 0
            && !_lexicon.Markers.Schedule.Any(s => PhraseSearch.FindAll(text, s).Any());
        var hedged = _lexicon.Markers.Hedges.Any(h => PhraseSearch.FindAll(text, h).Any());
        if (hedged)
        {
            tally.Hedge();
        }

        var negators = _lexicon.Negators
            .SelectMany(n => PhraseSearch.FindAll(text, n.Text).Select(span => (Span: span, n.Language)))
            .Where(n => !spans.Any(s => s.Overlaps(n.Span)))
            .ToArray();

        // "Not … now" is not now: a refusal beside a time cue (「今は進めない」, "I won't proceed right now") is
        // about timing, not a closed door.
        var timed = claimed.Exists(c => c.Phrase.Intent == ReplyIntent.NotNow);

        var conditionHeld = false;
        foreach (var (span, phrase) in claimed)
        {
            if (phrase.Intent is not { } intent)
            {
                continue;
            }

            var weight = phrase.Weight;
            var shown = text[span.Start..span.End];
            var negator = FindNegator(text, span, phrase.Language, negators, contrasts, spans);
            if (negator is { } n)
            {
                if (!_lexicon.Negation[phrase.Language].Turns.TryGetValue(intent, out var turned))
                {
                    continue;
                }

                intent = turned == ReplyIntent.Decline && timed ? ReplyIntent.NotNow : turned;
                weight *= Negated;
                shown = text[Math.Min(n.Start, span.Start)..Math.Max(n.End, span.End)];
            }

            if (span.End <= lastContrast)
            {
                weight *= BeforeContrast;
            }

            if (hedged && intent != ReplyIntent.Other)
            {
                weight *= Hedged;
            }

            if (intent == ReplyIntent.Proceed && conditional)
            {
                weight *= Conditional;
                conditionHeld = true;
            }

            tally.Add(intent, weight, shown, index);
        }

        if (conditionHeld)
        {
            tally.Add(ReplyIntent.Question, ConditionWeight, Cue(text, string.Empty), index);
        }

        if (sentence.IsQuestion)
        {
            tally.Add(ReplyIntent.Question, QuestionSentenceWeight, Cue(text, "?"), index);
        }
    }

    /// <summary>
    /// The phrases found in a sentence, longest first and never overlapping, so "not interested" is
    /// read once as a decline rather than also as "interested", and a neutral set phrase keeps its
    /// words (「よろしくお願いします」) from being read as anything.
    /// </summary>
    private List<(TextSpan Span, LexiconPhrase Phrase)> Claim(string text)
    {
        var claimed = new List<(TextSpan Span, LexiconPhrase Phrase)>();
        foreach (var phrase in _lexicon.Phrases)
        {
            if (phrase.Text.Length > text.Length)
            {
                continue;
            }

            foreach (var span in PhraseSearch.FindAll(text, phrase.Text))
            {
                if (!claimed.Exists(c => c.Span.Overlaps(span)))
                {
                    claimed.Add((span, phrase));
                }
            }
        }

        claimed.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return claimed;
    }

    private static TextSpan[] Free(IEnumerable<string> markers, string text, TextSpan[] claimed) =>
        markers.SelectMany(m => PhraseSearch.FindAll(text, m))
            .Where(m => !claimed.Any(c => c.Overlaps(m)))
            .ToArray();

    private TextSpan? FindNegator(string text, TextSpan span, int language, (TextSpan Span, int Language)[] negators, TextSpan[] contrasts, TextSpan[] claimed)
    {
        var rule = _lexicon.Negation[language];
        foreach (var (negator, negatorLanguage) in negators)
        {
            if (negatorLanguage != language)
            {
                continue;
            }

            var between = rule.After
                ? (negator.Start >= span.End ? new TextSpan(span.End, negator.Start) : (TextSpan?)null)
                : (negator.End <= span.Start ? new TextSpan(negator.End, span.Start) : null);
            if (between is not { } gap || gap.Length > rule.Window)
            {
                continue;
            }

            // A negation does not reach across a clause: 「進みたいのですが、日程が合わない」 is not "do not want to proceed".
            if (text.AsSpan(gap.Start, gap.Length).IndexOfAny(ClauseBreaks) >= 0 || contrasts.Any(c => gap.Contains(c)))
            {
                continue;
            }

            // A negation belongs to the nearest cue: in "won't be able to attend the next interview" it is
            // the attending that is negated, not the interview.
            if (claimed.Any(c => gap.Contains(c)))
            {
                continue;
            }

            return negator;
        }

        return null;
    }

    // The end of a sentence is where a question or a condition is asked; the owner gets the whole reply anyway.
    private static string Cue(string sentence, string mark) =>
        sentence.Length <= MaxCueLength ? sentence + mark : string.Concat("…", sentence.AsSpan(sentence.Length - MaxCueLength), mark);
}
