using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// HTTP basic credentials (RFC 7617) in the webhook URL (<c>https://user:password@host/…</c>): the only
/// authentication SendGrid Inbound Parse and Postmark inbound webhooks offer, so it is checked as carefully
/// as a signature.
/// </summary>
public static class WebhookBasicAuth
{
    private const string Scheme = "Basic ";

    /// <param name="authorization">The request's <c>Authorization</c> header value.</param>
    public static bool IsValid(string? authorization, string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var value = authorization.AsSpan().Trim();
        if (!value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(value[Scheme.Length..].Trim().ToString()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        // Both compared, always, and as hashes: neither the time taken nor a length mismatch tells which part was wrong or how close.
        return Same(credentials[..colon], userName) & Same(credentials[(colon + 1)..], password);
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
