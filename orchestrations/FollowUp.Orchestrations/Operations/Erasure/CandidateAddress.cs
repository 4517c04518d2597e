using System.Net.Mail;

namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>A candidate's email address as the erasure route takes it: checked like the report's, kept and logged only as a keyed hash (<see cref="Privacy.AddressHasher"/>).</summary>
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
}
