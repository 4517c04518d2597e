using System.Text;
using System.Text.Json;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// A Mailgun Routes <c>forward()</c> post
/// (https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/receive-http).
/// A route whose URL ends in <c>mime</c> posts the whole message as <c>body-mime</c>, which is read like any
/// raw message; otherwise Mailgun's parsed fields are used. Check <see cref="MailgunSignature"/> first.
/// </summary>
public static class MailgunInboundReader
{
    private static readonly InboundFieldNames Parsed = new("from", "recipient", "body-plain");

    public static InboundEmail? Read(WebhookForm form, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        // "recipient" is the SMTP RCPT TO, comma-separated when one message went to several of ours.
        var envelope = InboundAddresses.Addresses(form.Text("recipient")).ToList();
        if (form.TryGetBytes("body-mime", out var mime))
        {
            return MimeReplyReader.Read(mime, envelope, InboundFieldNames.Mime.Within("body-mime"), errors);
        }

        var rawHeaders = form.Text("message-headers");
        var headers = MessageHeaders(rawHeaders, errors);
        if (headers is null)
        {
            return null;
        }

        // Mailgun also posts each top-level header as a field of its own name: the fallback when message-headers is absent.
        if (headers.Count == 0)
        {
            headers = [.. CarriedHeaders.Names.Where(form.Contains).Select(name => (name, form.Text(name)!))];
        }

        string? Header(string name) =>
            headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value ?? form.Text(name);

        var bodyPlain = form.Text("body-plain");

        // Mailgun's stripped-text is the reply without the quote or signature; when it found nothing, the whole body still holds the answer.
        var strippedText = form.Text("stripped-text");
        var parts = new InboundParts(
            Header("Message-Id"),
            InboundAddresses.Mailbox(form.Text("from") ?? Header("From")) ?? InboundAddresses.Mailbox(form.Text("sender")),
            [.. InboundAddresses.Addresses(Header("To")), .. InboundAddresses.Addresses(Header("Cc"))],
            form.Text("subject") ?? Header("Subject"),
            string.IsNullOrWhiteSpace(strippedText) ? bodyPlain : strippedText,
            headers,
            envelope,
            Encoding.UTF8.GetBytes($"{rawHeaders}\n{bodyPlain}"));
        return InboundEmailAssembler.Assemble(parts, Parsed, errors);
    }

    /// <summary><c>message-headers</c>: the message's headers in order, as a JSON array of [name, value] pairs.</summary>
    private static List<(string Name, string Value)>? MessageHeaders(string? json, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add("message-headers", "Must be a JSON array of [name, value] pairs.");
                return null;
            }

            return document.RootElement.EnumerateArray()
                .Where(pair => pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
                               && pair[0].ValueKind == JsonValueKind.String && pair[1].ValueKind == JsonValueKind.String)
                .Select(pair => (pair[0].GetString()!, pair[1].GetString()!))
                .ToList();
        }
        catch (JsonException)
        {
            errors.Add("message-headers", "Is not valid JSON.");
            return null;
        }
    }
}
