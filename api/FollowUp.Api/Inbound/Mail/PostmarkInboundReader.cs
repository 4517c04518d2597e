using System.Text.Json;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// Postmark's inbound webhook JSON (https://postmarkapp.com/developer/webhooks/inbound-webhook). Postmark
/// authenticates with nothing but the URL's basic credentials: see <see cref="WebhookBasicAuth"/>.
/// </summary>
public static class PostmarkInboundReader
{
    private static readonly InboundFieldNames Fields = new("From", "ToFull", "TextBody");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { PropertyNameCaseInsensitive = true };

    public static InboundEmail? Read(ReadOnlyMemory<byte> json, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        PostmarkInboundMessage? message;
        try
        {
            message = json.IsEmpty ? null : JsonSerializer.Deserialize<PostmarkInboundMessage>(json.Span, Json);
        }
        catch (JsonException)
        {
            errors.Add("$", "The body is not Postmark's inbound JSON.");
            return null;
        }

        if (message is null)
        {
            errors.Add("$", "The body must be a JSON object.");
            return null;
        }

        var headers = (message.Headers ?? [])
            .Where(h => !string.IsNullOrEmpty(h.Name) && h.Value is not null)
            .Select(h => (h.Name!, h.Value!))
            .ToList();

        // The message's own Message-ID is the one any other path would see; Postmark's MessageID is only its delivery.
        var messageId = headers.FirstOrDefault(h => string.Equals(h.Item1, "Message-ID", StringComparison.OrdinalIgnoreCase)).Item2
            ?? message.MessageId;
        var parts = new InboundParts(
            messageId,
            From(message),
            Recipients(message),
            message.Subject,
            Text(message),
            headers,
            string.IsNullOrWhiteSpace(message.OriginalRecipient) ? [] : [message.OriginalRecipient],
            json);
        return InboundEmailAssembler.Assemble(parts, Fields, errors);
    }

    private static string? From(PostmarkInboundMessage message) =>
        string.IsNullOrWhiteSpace(message.FromFull?.Email)
            ? InboundAddresses.Mailbox(message.From)
            : InboundAddresses.Mailbox(message.FromFull.Name, message.FromFull.Email);

    private static List<string> Recipients(PostmarkInboundMessage message)
    {
        IEnumerable<string> Of(IReadOnlyList<PostmarkAddress>? full, string? plain) =>
            full is not null
                ? full.Select(a => a.Email).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!)
                : InboundAddresses.Addresses(plain);

        return [.. Of(message.ToFull, message.To), .. Of(message.CcFull, message.Cc)];
    }

    private static string? Text(PostmarkInboundMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.StrippedTextReply))
        {
            return message.StrippedTextReply;
        }

        if (!string.IsNullOrWhiteSpace(message.TextBody))
        {
            return message.TextBody;
        }

        return string.IsNullOrWhiteSpace(message.HtmlBody) ? message.TextBody ?? message.HtmlBody : HtmlReplyText.Extract(message.HtmlBody);
    }
}
