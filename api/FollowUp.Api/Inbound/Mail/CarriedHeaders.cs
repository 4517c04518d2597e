using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The headers of a received message that travel on in <see cref="InboundHeaders"/>: those that tell an
/// auto-reply or a bounce from a person (<see cref="AutomaticMail"/>), the envelope recipients that carry
/// the reply token, and the threading ones. The rest (Received, DKIM, client fingerprints) stays behind:
/// it says nothing about the reply and holds the sender's network details.
/// </summary>
public static class CarriedHeaders
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Auto-Submitted",
        "Precedence",
        "X-Autoreply",
        "X-Autorespond",
        "X-Auto-Response-Suppress",
        "Return-Path",
        "Content-Type",
        "In-Reply-To",
        "References",
        "Delivered-To",
        "X-Original-To",
        "Message-ID",
        "Date",
        "List-Id",
        "X-Failed-Recipients",
    };

    /// <summary>
    /// Builds <see cref="InboundHeaders"/> from the message's header fields in order, keeping the carried
    /// ones, and adds <paramref name="envelopeRecipients"/> as <c>X-Original-To</c> — what Postfix records
    /// for the SMTP recipient — so the token is found even when the reply address was only a Bcc.
    /// </summary>
    internal static InboundHeaders Select(IEnumerable<(string Name, string Value)> headers, IEnumerable<string> envelopeRecipients)
    {
        var carried = headers
            .Where(h => Names.Contains(h.Name.Trim()))
            .Select(h => (h.Name.Trim(), h.Value))
            .Concat(envelopeRecipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => ("X-Original-To", r)));
        return InboundHeaders.Of([.. carried]);
    }
}
