namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's <c>EmailSendResult</c>: the operation's final state.</summary>
public sealed record EmailSendResult(string Id, EmailSendStatus Status);
