namespace FollowUp.Email.Dispatch;

/// <summary>An address with an optional display name, free of CR/LF (see <see cref="HeaderText"/>).</summary>
public sealed record Mailbox(string Address, string? DisplayName = null);
