namespace FollowUp.Email.Dispatch;

/// <summary>
/// A rendered email, ready for any transport. <see cref="MessageKey"/> is the order's idempotency
/// key; every transport derives its own provider id from it.
/// </summary>
public sealed record OutgoingEmail
{
    public required string MessageKey { get; init; }

    public required Mailbox From { get; init; }

    public required Mailbox To { get; init; }

    public Mailbox? ReplyTo { get; init; }

    public required string Subject { get; init; }

    public required string PlainText { get; init; }

    public required string Html { get; init; }

    /// <summary>Extra headers such as List-Unsubscribe; values already free of CR/LF.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<OutgoingAttachment> Attachments { get; init; } = [];
}
