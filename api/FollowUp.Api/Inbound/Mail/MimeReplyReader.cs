using System.Runtime.InteropServices;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using MimeKit;
using MimeKit.Text;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// A received message as its raw RFC 822 bytes (what a mailbox stores and what Mailgun's and SendGrid's
/// raw modes post) read into an <see cref="InboundEmail"/>. MimeKit decodes every transfer encoding and
/// charset Japanese and English mail uses (ISO-2022-JP, Shift_JIS, EUC-JP, UTF-8; base64, quoted-printable)
/// in bodies and in RFC 2047 headers alike.
/// </summary>
public static class MimeReplyReader
{
    // Real replies nest a few levels (mixed > alternative > related); a deeper tree is a parser bomb, not mail.
    private static readonly ParserOptions Parsing = new() { MaxMimeDepth = 16, MaxAddressGroupDepth = 3 };

    public static InboundEmail? Read(ReadOnlyMemory<byte> mime, FieldErrors errors) =>
        Read(mime, [], InboundFieldNames.Mime, errors);

    /// <param name="envelopeRecipients">The SMTP recipients a provider reports beside the message (they are in no header when the reply address was a Bcc).</param>
    public static InboundEmail? Read(ReadOnlyMemory<byte> mime, IReadOnlyList<string> envelopeRecipients, FieldErrors errors) =>
        Read(mime, envelopeRecipients, InboundFieldNames.Mime, errors);

    internal static InboundEmail? Read(ReadOnlyMemory<byte> mime, IReadOnlyList<string> envelopeRecipients, InboundFieldNames fields, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(envelopeRecipients);
        ArgumentNullException.ThrowIfNull(errors);
        if (mime.Length > InboundEmailLimits.MaxMimeBytes)
        {
            errors.Add(fields.Text, $"At most {InboundEmailLimits.MaxMimeBytes / (1024 * 1024)} MB of message.");
            return null;
        }

        var message = Parse(mime);
        if (message is null)
        {
            errors.Add(fields.Text, "Required: an RFC 822 message (headers, a blank line, the body).");
            return null;
        }

        var from = InboundAddresses.Mailbox(message.From.Mailboxes.FirstOrDefault()) ?? InboundAddresses.Mailbox(message.Sender);
        var to = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address).ToList();
        var parts = new InboundParts(
            message.MessageId ?? message.Headers[HeaderId.MessageId],
            from,
            to,
            message.Subject,
            BodyText(message),
            Headers(message),
            envelopeRecipients,
            mime);
        return InboundEmailAssembler.Assemble(parts, fields, errors);
    }

    private static MimeMessage? Parse(ReadOnlyMemory<byte> mime)
    {
        if (mime.IsEmpty)
        {
            return null;
        }

        using var stream = MemoryMarshal.TryGetArray(mime, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(mime.ToArray(), writable: false);
        try
        {
            var message = MimeMessage.Load(Parsing, stream);

            // MimeKit reads anything as "headers then body" (a JSON body becomes one odd header); without a
            // single header RFC 5322 defines, it was not mail.
            return message.Headers.Any(h => h.Id != HeaderId.Unknown) ? message : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The message's own header fields, plus the top-level Content-Type, which MimeKit keeps on the body.</summary>
    private static List<(string Name, string Value)> Headers(MimeMessage message)
    {
        var headers = message.Headers.Select(h => (Name: h.Field, h.Value)).ToList();
        if (!headers.Any(h => string.Equals(h.Name, "Content-Type", StringComparison.OrdinalIgnoreCase)) && message.Body is { } body)
        {
            headers.Add(("Content-Type", body.ContentType.MimeType));
        }

        return headers;
    }

    /// <summary>The first text/plain body part with text in it; else the first HTML one as text; else nothing.</summary>
    private static string BodyText(MimeMessage message)
    {
        var bodies = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        foreach (var plain in bodies.Where(p => p.IsPlain))
        {
            var text = PlainText(plain);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        var html = bodies.FirstOrDefault(p => p.IsHtml);
        return html is null ? string.Empty : HtmlReplyText.Extract(html.Text);
    }

    // format=flowed (RFC 3676) wraps long lines with a trailing space; unwrapped, an attribution line reads whole again.
    private static string PlainText(TextPart part)
    {
        if (!part.IsFlowed)
        {
            return part.Text;
        }

        var delsp = part.ContentType.Parameters.TryGetValue("delsp", out string? value) && string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase);
        return new FlowedToText { DeleteSpace = delsp }.Convert(part.Text);
    }
}
