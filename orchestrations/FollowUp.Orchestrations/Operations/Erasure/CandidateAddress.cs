using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>A candidate's email address as the erasure route takes it: checked like the report's, logged only as a hash.</summary>
public static class CandidateAddress
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxLength = 254;

    /// <summary>The same acceptance as the report's <c>candidate.email</c>, so every stored address can be erased.</summary>
    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && address.Length <= MaxLength
        && MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address
        && parsed.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Enough to tell in the logs that two erasures concerned the same person, without the address.
    /// Case-folded because stores compare addresses case-insensitively.
    /// </summary>
    public static string Hash(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.Trim().ToUpperInvariant())))[..16];
    }
}
