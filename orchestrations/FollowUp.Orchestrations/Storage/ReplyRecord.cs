using FollowUp.Orchestrations.Replies;

namespace FollowUp.Orchestrations.Storage;

/// <summary>A candidate's reply as the status lists it: how it was read, its opening words, and what FollowUp did.</summary>
/// <param name="Excerpt">The first <see cref="ExcerptLength"/> characters after quoted history is removed.</param>
public sealed record ReplyRecord(ReplyIntent Intent, double Confidence, string Excerpt, ReplyOutcome Outcome)
{
    public const int ExcerptLength = 200;

    public static string ExcerptOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength];
    }
}
