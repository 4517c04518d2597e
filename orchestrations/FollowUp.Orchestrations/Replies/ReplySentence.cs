namespace FollowUp.Orchestrations.Replies;

/// <summary>One sentence of a reply, folded; <paramref name="IsQuestion"/> when it ends as a question does.</summary>
internal sealed record ReplySentence(string Text, bool IsQuestion);
