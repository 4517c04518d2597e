namespace FollowUp.Orchestrations.Replies;

/// <summary>A word that changes how phrases near it are read (a negator), tied to the language whose word order it follows.</summary>
internal sealed record LexiconMarker(string Text, int Language);
