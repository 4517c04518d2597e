using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Api.Inbound;

/// <summary>
/// <c>X-FollowUp-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>. Computed over the bytes as
/// received, before any parsing, so a re-serialised body can never pass for a signed one.
/// </summary>
public static class InboundSignature
{
    public const string HeaderName = "X-FollowUp-Signature";

    private const string Scheme = "sha256=";
    private const int HashBytes = 32;

    /// <summary>
    /// Whether <paramref name="header"/> has the signature's form at all. Checked before the body is
    /// read, so a post without a plausible signature costs no more than its headers.
    /// </summary>
    public static bool IsWellFormed(string? header)
    {
        Span<byte> given = stackalloc byte[HashBytes];
        return TryParse(header, given);
    }

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> under any of <paramref name="secrets"/> (a key ring during a rotation).</summary>
    public static bool IsValid(IEnumerable<string> secrets, ReadOnlySpan<byte> body, string? header)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets)
        {
            if (IsValid(secret, body, header))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsValid(string secret, ReadOnlySpan<byte> body, string? header)
    {
        ArgumentNullException.ThrowIfNull(secret);
        Span<byte> given = stackalloc byte[HashBytes];
        if (!TryParse(header, given))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);

        // Constant time, so the answer's timing tells a forger nothing about how many bytes were right.
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static bool TryParse(string? header, Span<byte> given)
    {
        var hex = header.AsSpan().Trim();
        if (!hex.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        hex = hex[Scheme.Length..];
        return hex.Length == HashBytes * 2
            && Convert.FromHexString(hex, given, out _, out var written) == OperationStatus.Done
            && written == HashBytes;
    }

    /// <summary>The header value for <paramref name="body"/>: what the webhook sender computes.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }
}
