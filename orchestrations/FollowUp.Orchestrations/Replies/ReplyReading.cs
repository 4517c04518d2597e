namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// How a reply was read. <paramref name="Confidence"/> is 0..1 and is low when the reply's signals are
/// weak or pull in different directions, so a caller can act alone on a confident reading and leave the
/// rest to the owner. <paramref name="Phrases"/> are the words of the reply that decided it, as the owner
/// should see them; when <paramref name="AsksQuestion"/> is set they end with the question, because the
/// owner must answer a question whatever the intent.
/// </summary>
public sealed record ReplyReading(ReplyIntent Intent, double Confidence, IReadOnlyList<string> Phrases, bool AsksQuestion = false)
{
    /// <summary>A reply with nothing to read in it.</summary>
    public static ReplyReading Empty { get; } = new(ReplyIntent.Other, 0, []);
}
