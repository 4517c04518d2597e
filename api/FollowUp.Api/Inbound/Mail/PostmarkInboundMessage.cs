using System.Text.Json.Serialization;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The members of Postmark's inbound webhook JSON that a reply needs
/// (https://postmarkapp.com/developer/webhooks/inbound-webhook); the others (attachments, spam scores) are skipped.
/// </summary>
public sealed record PostmarkInboundMessage
{
    /// <summary>Postmark's own id for the delivery, not the message's Message-ID header.</summary>
    [JsonPropertyName("MessageID")]
    public string? MessageId { get; init; }

    public string? From { get; init; }

    public PostmarkAddress? FromFull { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<PostmarkAddress>? ToFull { get; init; }

    public string? Cc { get; init; }

    public IReadOnlyList<PostmarkAddress>? CcFull { get; init; }

    /// <summary>The SMTP recipient: the address the mail was delivered to, whatever the headers say.</summary>
    public string? OriginalRecipient { get; init; }

    public string? Subject { get; init; }

    public string? TextBody { get; init; }

    public string? HtmlBody { get; init; }

    /// <summary>Postmark's cut of the reply without the quoted thread; empty when it found no quote.</summary>
    public string? StrippedTextReply { get; init; }

    public IReadOnlyList<PostmarkHeader>? Headers { get; init; }
}
