namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// A phrase to look for, folded like the reply text. A neutral phrase (<paramref name="Intent"/> null)
/// carries no signal: it claims set expressions such as 「よろしくお願いします」 or "no problem" so that
/// the words inside them are not read as a request or a negation.
/// </summary>
internal sealed record LexiconPhrase(string Text, ReplyIntent? Intent, double Weight, int Language);
