namespace FollowUp.Email.Dispatch;

public sealed record OutgoingAttachment(string Name, string ContentType, byte[] Content);
