namespace FollowUp.Email.Rendering.Model;

public sealed record ReplyModel(string Subject, string Text, string ReceivedAt);
