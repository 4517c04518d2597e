namespace FollowUp.Email.Rendering.Model;

/// <param name="Reading">How the reply was read, e.g. "declines (confidence 92%)"; nil when it was not read.</param>
/// <param name="Done">What FollowUp did about it, in a sentence for the owner; nil when it was not read.</param>
public sealed record ReplyModel(string Subject, string Text, string ReceivedAt, string? Reading = null, string? Done = null);
