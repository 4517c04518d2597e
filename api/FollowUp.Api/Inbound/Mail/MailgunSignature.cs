using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// Mailgun signs every post with <c>signature</c> = hex HMAC-SHA256 of <c>timestamp</c> followed by
/// <c>token</c>, keyed with the account's HTTP webhook signing key
/// (https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks).
/// The signature covers neither the message nor the URL, only freshness; so the timestamp must be recent
/// and each token used once — the caller keeps the tokens it has seen for at least twice <see cref="Tolerance"/>.
/// </summary>
public static class MailgunSignature
{
    private const int HashBytes = 32;

    /// <summary>How far the signed timestamp may be from now, either way (clocks drift both ways).</summary>
    public static TimeSpan Tolerance { get; } = TimeSpan.FromMinutes(5);

    public static MailgunSignatureCheck Verify(WebhookForm form, string signingKey, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(clock);
        return Verify(form.Text("timestamp"), form.Text("token"), form.Text("signature"), signingKey, clock.GetUtcNow());
    }

    public static MailgunSignatureCheck Verify(string? timestamp, string? token, string? signature, string signingKey, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(token) || string.IsNullOrEmpty(signature))
        {
            return new(WebhookSignatureStatus.Missing, null, null);
        }

        Span<byte> given = stackalloc byte[HashBytes];
        var hex = signature.AsSpan().Trim();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || hex.Length != HashBytes * 2
            || Convert.FromHexString(hex, given, out _, out var written) != OperationStatus.Done
            || written != HashBytes)
        {
            return new(WebhookSignatureStatus.Malformed, null, null);
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.UTF8.GetBytes(timestamp + token), expected);

        // Constant time, so the answer's timing tells a forger nothing about how many bytes were right.
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return new(WebhookSignatureStatus.Mismatch, null, null);
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return (now - signedAt).Duration() > Tolerance
            ? new(WebhookSignatureStatus.Stale, token, signedAt)
            : new(WebhookSignatureStatus.Valid, token, signedAt);
    }

    /// <summary>What Mailgun computes; for tests and for a local stand-in that posts like Mailgun.</summary>
    public static string Sign(string timestamp, string token, string signingKey)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.UTF8.GetBytes(timestamp + token)));
    }
}
