namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Adds up the evidence of a reply per intent and turns it into a reading. The winner is the intent
/// with the most weight; confidence is how strong that weight is times how little the other intents
/// contradict it, so a reply whose cues pull two ways is read with low confidence even when one side
/// wins. Questions do not contradict a yes (the owner answers them anyway) but do weaken a no.
/// </summary>
internal sealed class IntentTally
{
    /// <summary>The least "other" scores: weak cues of a real intent must beat "nothing decided".</summary>
    private const double OtherPrior = 0.6;

    /// <summary>Weight at which a reading is about 63 % strong; three of it (one decisive phrase and a bit) is 95 %.</summary>
    private const double StrengthScale = 1.5;

    private const double HedgeFactor = 0.85;
    private const double MinimumHedgeFactor = 0.5;

    // How much the weight of [column] takes away from a reading of [row], in the order of ReplyIntent:
    // proceed, notNow, decline, question, other. A decline is the costly mistake, so every other signal
    // weakens it fully; thanks and "let me think" only lightly weaken a clear answer.
    private static readonly double[,] Contradiction =
    {
        //            proceed notNow decline question other
        /* proceed */ { 0.0,   1.0,   1.0,    0.2,     0.3 },
        /* notNow  */ { 1.0,   0.0,   0.6,    0.3,     0.3 },
        /* decline */ { 1.0,   1.0,   0.0,    0.5,     0.3 },
        /* question*/ { 0.8,   1.0,   1.0,    0.0,     0.3 },
        /* other   */ { 1.0,   1.0,   1.0,    1.0,     0.0 },
    };

    // Ties go to the reading that costs least when wrong: a yes with a question stays a yes, and
    // between "not now" and "decline" the case stays open.
    private static readonly ReplyIntent[] TieOrder =
        [ReplyIntent.Proceed, ReplyIntent.NotNow, ReplyIntent.Question, ReplyIntent.Decline, ReplyIntent.Other];

    private readonly double[] _scores = new double[5];
    private readonly List<Evidence> _evidence = [];
    private int _hedges;

    public void Add(ReplyIntent intent, double weight, string phrase, int sentence)
    {
        _scores[(int)intent] += weight;
        _evidence.Add(new Evidence(intent, weight, phrase, sentence));
    }

    /// <summary>Weakens what a sentence said when the next one opens with "However," or 「しかし、」.</summary>
    public void Discount(int sentence, double factor)
    {
        for (var i = 0; i < _evidence.Count; i++)
        {
            var evidence = _evidence[i];
            if (evidence.Sentence == sentence)
            {
                _scores[(int)evidence.Intent] -= evidence.Weight * (1 - factor);
                _evidence[i] = evidence with { Weight = evidence.Weight * factor };
            }
        }
    }

    public void Hedge() => _hedges++;

    public ReplyReading Read()
    {
        var winner = TieOrder.MaxBy(i => (Standing(i), -Array.IndexOf(TieOrder, i)));
        var top = Standing(winner);
        var against = Enum.GetValues<ReplyIntent>().Sum(i => Score(i) * Contradiction[(int)winner, (int)i]);

        var strength = 1 - Math.Exp(-top / StrengthScale);
        var purity = top / (top + against);
        var hedging = Math.Max(MinimumHedgeFactor, Math.Pow(HedgeFactor, _hedges));
        var confidence = Math.Round(strength * purity * hedging, 2, MidpointRounding.AwayFromZero);

        var asksQuestion = Score(ReplyIntent.Question) > 0;
        var phrases = _evidence
            .Where(e => e.Intent == winner && e.Weight > 0)
            .Concat(asksQuestion && winner != ReplyIntent.Question ? _evidence.Where(e => e.Intent == ReplyIntent.Question) : [])
            .Select(e => e.Phrase)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new ReplyReading(winner, confidence, phrases, asksQuestion);
    }

    private double Score(ReplyIntent intent) => Math.Max(0, _scores[(int)intent]);

    private double Standing(ReplyIntent intent) => intent == ReplyIntent.Other ? Math.Max(OtherPrior, Score(intent)) : Score(intent);

    private readonly record struct Evidence(ReplyIntent Intent, double Weight, string Phrase, int Sentence);
}
