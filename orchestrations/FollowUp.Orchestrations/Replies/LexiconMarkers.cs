namespace FollowUp.Orchestrations.Replies;

/// <summary>The words of every language that shape a reading without carrying an intent of their own.</summary>
internal sealed class LexiconMarkers
{
    /// <summary>"but", 「ですが」: what follows outweighs what came before.</summary>
    public List<string> Contrast { get; } = [];

    /// <summary>"maybe", 「かもしれ」: the reading holds, with less confidence.</summary>
    public List<string> Hedges { get; } = [];

    /// <summary>"if", 「なら」: a yes that waits on a condition is a question to the recruiter.</summary>
    public List<string> Conditionals { get; } = [];

    /// <summary>"Tuesday", 「午後」: a condition in a sentence about dates is about when, not whether (「来週であれば空いています」).</summary>
    public List<string> Schedule { get; } = [];

    /// <summary>Sentence endings that make a question without a question mark (「〜ですか」).</summary>
    public List<string> QuestionEndings { get; } = [];

    /// <summary>A line that is only this ("Best regards,") starts the signature.</summary>
    public List<string> SignatureLines { get; } = [];

    /// <summary>A line that starts with this ("Sent from my") starts the signature.</summary>
    public List<string> SignatureStarts { get; } = [];
}
