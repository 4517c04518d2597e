using System.Text;
using System.Text.Json;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using MimeKit;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// A SendGrid Inbound Parse post (https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/inbound-email).
/// With "POST the raw, full MIME message" ticked the message comes whole as <c>email</c>; otherwise as parsed
/// fields: <c>headers</c> (the raw header block), <c>text</c>, <c>html</c>, <c>from</c>, <c>to</c>, <c>cc</c>,
/// <c>subject</c>, the SMTP <c>envelope</c> as JSON, and <c>charsets</c>, JSON naming each field's charset —
/// the bodies keep the sender's (Shift_JIS, ISO-2022-JP…), so they decode only as the bytes of the form
/// section. SendGrid authenticates with nothing but the URL's basic credentials: see <see cref="WebhookBasicAuth"/>.
/// </summary>
public static class SendGridInboundReader
{
    private static readonly InboundFieldNames Parsed = new("from", "to", "text");

    public static InboundEmail? Read(WebhookForm form, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var envelope = EnvelopeRecipients(form.Text("envelope"));
        if (form.TryGetBytes("email", out var mime))
        {
            return MimeReplyReader.Read(mime, envelope, InboundFieldNames.Mime.Within("email"), errors);
        }

        var charsets = Charsets(form.Text("charsets"));
        string? Field(string name) => form.Text(name, charsets.GetValueOrDefault(name));

        var rawHeaders = Field("headers");
        var headers = HeaderBlock(rawHeaders, errors);
        if (headers is null)
        {
            return null;
        }

        var text = Field("text");
        var html = Field("html");
        var parts = new InboundParts(
            headers.FirstOrDefault(h => string.Equals(h.Name, "Message-ID", StringComparison.OrdinalIgnoreCase)).Value,
            InboundAddresses.Mailbox(Field("from")),
            [.. InboundAddresses.Addresses(Field("to")), .. InboundAddresses.Addresses(Field("cc"))],
            Field("subject"),
            Body(text, html),
            headers,
            envelope,
            Encoding.UTF8.GetBytes($"{rawHeaders}\n{text}\n{html}"));
        return InboundEmailAssembler.Assemble(parts, Parsed, errors);
    }

    /// <summary>The text part when it has words, else the HTML part as text: some mailers send HTML only.</summary>
    private static string? Body(string? text, string? html) =>
        !string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(html) ? text ?? html : HtmlReplyText.Extract(html);

    /// <summary><c>envelope</c>: <c>{"to":["…"],"from":"…"}</c>. A malformed one is ignored: the headers still name the recipients.</summary>
    private static List<string> EnvelopeRecipients(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("to", out var to)
                   && to.ValueKind == JsonValueKind.Array
                ? [.. to.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary><c>charsets</c>: <c>{"to":"UTF-8","subject":"UTF-8","text":"Shift_JIS",…}</c>. Unknown or malformed means UTF-8.</summary>
    private static Dictionary<string, string> Charsets(string? json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return result;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in document.RootElement.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.String))
                {
                    result[field.Name] = field.Value.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // Decoding as UTF-8 below is the best left to do.
        }

        return result;
    }

    private static List<(string Name, string Value)>? HeaderBlock(string? block, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(block))
        {
            return [];
        }

        try
        {
            // A blank line ends the block, so a body can never be read as headers.
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(block.TrimEnd('\r', '\n') + "\r\n\r\n"));
            return [.. HeaderList.Load(stream).Select(h => (h.Field, h.Value))];
        }
        catch (FormatException)
        {
            errors.Add("headers", "Is not an RFC 5322 header block.");
            return null;
        }
    }
}
