using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// A candidate's id outside their address: a hash of the lower-cased address. Storage keys and the
/// talent pool's URLs (<c>/api/talent-pool/{id}/snooze</c>) carry it, so neither shows the address.
/// </summary>
public static class CandidateKeys
{
    public static string Of(string candidateEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateEmail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(candidateEmail.Trim().ToLowerInvariant())));
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an id (a link edited by hand does not reach a store).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 64 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
