namespace FollowUp.Orchestrations.Replies;

/// <summary>One phrase file (<c>Replies/Phrases/*.json</c>) as a recruiter writes it; see <c>Replies/README.md</c>.</summary>
internal sealed record ReplyLexiconFile
{
    public string? About { get; init; }

    public required string Language { get; init; }

    /// <summary>Intent name (camelCase) → phrase → weight.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Intents { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    public IReadOnlyList<string> Neutral { get; init; } = [];

    public NegationFile? Negation { get; init; }

    public IReadOnlyList<string> Contrast { get; init; } = [];

    public IReadOnlyList<string> Hedges { get; init; } = [];

    public IReadOnlyList<string> Conditionals { get; init; } = [];

    public IReadOnlyList<string> Schedule { get; init; } = [];

    public IReadOnlyList<string> QuestionEndings { get; init; } = [];

    public IReadOnlyList<string> SignatureLines { get; init; } = [];

    public IReadOnlyList<string> SignatureStarts { get; init; } = [];

    internal sealed record NegationFile
    {
        /// <summary><c>before</c> (English: "not interested") or <c>after</c> (Japanese: 「進みたいとは思いません」).</summary>
        public required string Position { get; init; }

        /// <summary>At most this many characters between the negator and the phrase it negates.</summary>
        public int Window { get; init; } = 12;

        public IReadOnlyList<string> Words { get; init; } = [];

        /// <summary>Intent of a negated phrase → what it means negated; an intent not listed loses its signal.</summary>
        public IReadOnlyDictionary<string, string> Turns { get; init; } = new Dictionary<string, string>();
    }
}
