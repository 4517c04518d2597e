namespace FollowUp.Email.Rendering;

/// <summary>The three parts of a rendered email; the subject is already a single line.</summary>
public sealed record RenderedContent(string Subject, string Html, string PlainText);
