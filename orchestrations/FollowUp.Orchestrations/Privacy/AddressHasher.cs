using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Privacy;

/// <summary>
/// The one way FollowUp hashes an email address: HMAC-SHA256 under a key from configuration, so a
/// kept hash cannot be matched against a list of known addresses by anyone without the key (a plain
/// SHA-256 can). Case-folded and trimmed, because stores compare addresses case-insensitively.
/// </summary>
public sealed class AddressHasher
{
    private readonly byte[] _key;

    public AddressHasher(IOptions<PrivacyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = options.Value.AddressHashKey;
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException($"{PrivacyOptions.AddressHashKeyKey} (or {PrivacyOptions.FallbackKeyKey}) is required.");
        }

        // Domain separation: the same secret also signs tokens, and no token MAC may equal an address hash.
        _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "FollowUp.Privacy.AddressHash/v1"u8);
    }

    /// <summary>64 lower-case hex digits, fit for a table key.</summary>
    public string Hash(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant())));
    }

    /// <summary>Enough to tell in the logs that two lines concern the same person, without the address.</summary>
    public string ForLogs(string address) => Hash(address)[..16];
}
