using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The checks every inbound path shares, so a reply reads the same whether it came as raw MIME or as a
/// provider's parsed fields. Mail that is merely odd (no Message-ID, too many recipients, an endless body)
/// is repaired rather than refused: a refusal makes the provider retry and then drop the candidate's reply.
/// </summary>
internal static class InboundEmailAssembler
{
    public static InboundEmail? Assemble(InboundParts parts, InboundFieldNames fields, FieldErrors errors)
    {
        var from = parts.From?.Trim();
        if (string.IsNullOrEmpty(from))
        {
            errors.Add(fields.From, "Required: the sender's address.");
        }

        var to = parts.To
            .Select(a => a.Trim())
            .Where(a => a.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(InboundEmailLimits.MaxRecipients)
            .ToList();
        if (to.Count == 0 && !parts.EnvelopeRecipients.Any(r => !string.IsNullOrWhiteSpace(r)))
        {
            errors.Add(fields.To, "Required: at least one recipient address.");
        }

        if (parts.Text is null)
        {
            errors.Add(fields.Text, "Required: a text or HTML body (may be empty).");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var messageId = MessageIds.Normalize(parts.MessageId) ?? MessageIds.Derive(parts.Fingerprint.Span);
        return new InboundEmail(
            messageId,
            from!,
            to,
            InboundSubject.OneLine(parts.Subject ?? string.Empty),
            Bounded(parts.Text!),
            CarriedHeaders.Select(parts.Headers, parts.EnvelopeRecipients));
    }

    private static string Bounded(string text)
    {
        text = text.ReplaceLineEndings("\n");
        if (text.Length <= InboundEmailLimits.MaxSourceTextLength)
        {
            return text;
        }

        var cut = InboundEmailLimits.MaxSourceTextLength;
        return char.IsHighSurrogate(text[cut - 1]) ? text[..(cut - 1)] : text[..cut];
    }
}
