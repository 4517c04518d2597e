using System.Security.Cryptography;
using System.Text;
using FollowUp.Email.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tokens;

/// <summary>
/// Issues and verifies the opaque tokens in reply addresses and opt-out links. A token carries the
/// interview id and its purpose, signed with HMAC-SHA256, so the HTTP API can trust it without a
/// database read and nobody can derive a token from an interview id they happen to know.
/// </summary>
/// <remarks>
/// Layout before base32: version+purpose (1 byte), packing scheme and id length (1 byte each),
/// the packed id, then the first <see cref="MacLength"/> bytes of the HMAC over everything before it.
/// 80 bits of MAC is far beyond online guessing through an inbox or a web form.
/// </remarks>
public sealed class TokenService
{
    private const int Version = 1;
    private const int HeaderLength = 3;
    private const int MacLength = 10;
    private const int MaxIdLength = 255;

    private readonly byte[] _key;

    public TokenService(IOptions<TokenOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signingKey = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(signingKey))
        {
            throw new InvalidOperationException($"{TokenOptions.SigningKeyKey} is required.");
        }

        // Domain separation: the same secret reused elsewhere (say, for inbound webhooks) never
        // produces a MAC that is valid here.
        _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), "FollowUp.Email.Tokens/v1"u8);
    }

    /// <summary>A URL-safe, case-insensitive token for <paramref name="interviewId"/> and <paramref name="purpose"/>.</summary>
    public string Issue(string interviewId, TokenPurpose purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        if (interviewId.Length > MaxIdLength)
        {
            throw new ArgumentException("The interview id is too long for a token.", nameof(interviewId));
        }

        var (scheme, packed) = InterviewIdPacking.Pack(interviewId);
        var payload = new byte[HeaderLength + packed.Length + MacLength];
        payload[0] = (byte)((Version << 4) | (int)purpose);
        payload[1] = scheme;
        payload[2] = (byte)interviewId.Length;
        packed.CopyTo(payload, HeaderLength);
        Sign(payload.AsSpan(0, HeaderLength + packed.Length)).CopyTo(payload.AsSpan(HeaderLength + packed.Length));
        return Base32Lower.Encode(payload);
    }

    /// <summary>True when <paramref name="token"/> was issued by us for <paramref name="purpose"/>.</summary>
    public bool TryVerify(string? token, TokenPurpose purpose, out string interviewId)
    {
        interviewId = string.Empty;
        if (string.IsNullOrEmpty(token) || token.Length > 512 || !Base32Lower.TryDecode(token, out var payload))
        {
            return false;
        }

        if (payload.Length < HeaderLength + 1 + MacLength || payload[0] != (byte)((Version << 4) | (int)purpose))
        {
            return false;
        }

        var signed = payload.AsSpan(0, payload.Length - MacLength);
        if (!CryptographicOperations.FixedTimeEquals(Sign(signed), payload.AsSpan(payload.Length - MacLength)))
        {
            return false;
        }

        var id = InterviewIdPacking.Unpack(payload[1], payload[2], signed[HeaderLength..]);
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        interviewId = id;
        return true;
    }

    private byte[] Sign(ReadOnlySpan<byte> data) => HMACSHA256.HashData(_key, data)[..MacLength];
}
