using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// Turns our identifiers into PartitionKey/RowKey values. Table keys forbid <c>/ \ # ?</c> and control
/// characters and are limited in size, while message keys and provider message ids are free text.
/// </summary>
internal static class TableKeys
{
    private const char Escape = '~';

    // Well below the service's 1 KiB so an escaped key never hits the limit; longer ones are hashed.
    private const int MaxLength = 255;

    /// <summary>
    /// Deterministic and injective: a forbidden character (and the escape character itself) becomes
    /// <c>~XX</c>, so ids that are already safe, like interview ids, stay readable in Storage Explorer.
    /// </summary>
    public static string Safe(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (IsForbidden(c) || c == Escape)
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        // "~h" cannot come out of the escaping above (an escape is followed by two hex digits, and
        // 'h' is not one), so a hashed key never collides with an escaped one.
        return builder.Length <= MaxLength ? builder.ToString() : Escape + "h" + Sha256Hex(value);
    }

    /// <summary>
    /// The candidate's key as the first releases wrote it: a plain SHA-256 of the lower-cased address.
    /// Now read only, to find rows written then; new rows are keyed by the keyed hash
    /// (<see cref="Orchestrations.Privacy.AddressHasher"/>), which nobody without the key can match
    /// against a list of addresses.
    /// </summary>
    public static string LegacyCandidate(string candidateEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateEmail);
        return Sha256Hex(candidateEmail.Trim().ToLowerInvariant());
    }

    private static bool IsForbidden(char c) =>
        c is '/' or '\\' or '#' or '?' || char.IsControl(c);

    private static string Sha256Hex(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
