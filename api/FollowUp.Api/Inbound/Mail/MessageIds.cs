using System.Security.Cryptography;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The id a reply is de-duplicated by. Written as RFC 5322 has it (<c>&lt;id@host&gt;</c>) whichever way the
/// message arrived, so the same reply posted raw or parsed, by one provider or another, is the same key.
/// </summary>
public static class MessageIds
{
    private const string DerivedHost = "followup.invalid";

    /// <summary><c>&lt;…&gt;</c> around the trimmed id, or null when nothing usable is left.</summary>
    public static string? Normalize(string? messageId)
    {
        var id = messageId?.Trim().TrimStart('<').TrimEnd('>').Trim();
        if (string.IsNullOrEmpty(id) || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        var normalized = $"<{id}>";
        return normalized.Length <= InboundEmailLimits.MaxMessageIdLength ? normalized : null;
    }

    /// <summary>
    /// For a message without a usable Message-ID (some old mailers and scripts send none). A random id
    /// would make every redelivery of the same message look new and raise the reply twice; a hash of the
    /// bytes the provider posts again on retry gives the same id each time. The host is under <c>.invalid</c>
    /// (RFC 2606), so it can never be mistaken for an id a real mail system issued.
    /// </summary>
    public static string Derive(ReadOnlySpan<byte> content) =>
        $"<{Convert.ToHexStringLower(SHA256.HashData(content))}@{DerivedHost}>";
}
