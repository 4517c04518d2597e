using System.Security.Cryptography;
using System.Text;
using FollowUp.Email.Configuration;
using FollowUp.Orchestrations.Operations;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tokens;

/// <summary>
/// Issues and verifies the opaque tokens in reply addresses and opt-out links, signed with
/// HMAC-SHA256 so nobody can derive a token from an interview id they happen to know. New tokens are
/// signed with <see cref="TokenOptions.SigningKey"/> and name the key by a one-byte key id; tokens of
/// <see cref="TokenOptions.PreviousSigningKeys"/> still verify, so a rotation loses no reply.
/// </summary>
/// <remarks>
/// Three layouts before base32, told apart by the high nibble of the first byte (the low nibble is the purpose):
/// <list type="bullet">
/// <item>1, the first release's, still in candidates' inboxes: scheme and id length (1 byte each), the
/// packed id, MAC. No key id: every key of the ring is tried.</item>
/// <item>2, for cases started before case nonces: key id, scheme, id length, packed id, MAC.</item>
/// <item>3, bound to one case: key id, the case nonce (<see cref="CaseNonceLength"/> bytes), MAC. Its
/// length does not grow with the interview id, so every reply address fits RFC 5321's 64-octet local part.</item>
/// </list>
/// The MAC is the first <see cref="MacLength"/> bytes of the HMAC over everything before it: 80 bits is
/// far beyond online guessing through an inbox or a web form.
/// </remarks>
public sealed class TokenService
{
    /// <summary>Bytes of a case nonce (<see cref="FollowUp.Orchestrations.Interviews.InterviewReport.CaseNonce"/>, hex in the record).</summary>
    public const int CaseNonceLength = 10;

    /// <summary>Characters of a case-bound token: what a reply address adds to the mailbox's local part, plus the '+'.</summary>
    public const int CaseTokenLength = (((2 + CaseNonceLength + MacLength) * 8) + 4) / 5;

    private const int LegacyVersion = 1;
    private const int KeyedVersion = 2;
    private const int CaseVersion = 3;
    private const int MacLength = 10;
    private const int MaxIdLength = 255;
    private const int MaxTokenLength = 512;

    private readonly SigningKey _current;
    private readonly IReadOnlyList<SigningKey> _ring;

    public TokenService(IOptions<TokenOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signingKey = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(signingKey))
        {
            throw new InvalidOperationException($"{TokenOptions.SigningKeyKey} is required.");
        }

        _current = SigningKey.From(signingKey);
        _ring = [_current, .. options.Value.PreviousSigningKeys
            .Where(k => !string.IsNullOrWhiteSpace(k) && k != signingKey)
            .Distinct(StringComparer.Ordinal)
            .Select(SigningKey.From)];
    }

    /// <summary>The key id new tokens carry: lets an operator tell which key signed a token.</summary>
    public byte CurrentKeyId => _current.Id;

    /// <summary>A URL-safe, case-insensitive token naming <paramref name="interviewId"/>, for a case without a nonce.</summary>
    public string Issue(string interviewId, TokenPurpose purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        if (interviewId.Length > MaxIdLength)
        {
            throw new ArgumentException("The interview id is too long for a token.", nameof(interviewId));
        }

        var (scheme, packed) = InterviewIdPacking.Pack(interviewId);
        byte[] body = [Header(KeyedVersion, purpose), _current.Id, scheme, (byte)interviewId.Length, .. packed];
        return Seal(body);
    }

    /// <summary>A token bound to one case through its nonce (hex, <see cref="CaseNonceLength"/> bytes).</summary>
    public string IssueForCase(string caseNonce, TokenPurpose purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseNonce);
        var nonce = Convert.FromHexString(caseNonce);
        if (nonce.Length != CaseNonceLength)
        {
            throw new ArgumentException($"A case nonce is {CaseNonceLength} bytes.", nameof(caseNonce));
        }

        byte[] body = [Header(CaseVersion, purpose), _current.Id, .. nonce];
        return Seal(body);
    }

    /// <summary>True when <paramref name="token"/> was issued under a key of the ring for <paramref name="purpose"/>.</summary>
    public bool TryVerify(string? token, TokenPurpose purpose, out CaseReference? reference)
    {
        reference = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !Base32Lower.TryDecode(token, out var payload)
            || payload.Length < 2 + MacLength || (payload[0] & 0x0F) != (int)purpose)
        {
            return false;
        }

        var body = payload.AsSpan(0, payload.Length - MacLength);
        var mac = payload.AsSpan(payload.Length - MacLength);
        switch (payload[0] >> 4)
        {
            case LegacyVersion when body.Length > 3 && IsSigned(body, mac, keyId: null):
                reference = Interview(payload[1], payload[2], body[3..]);
                break;
            case KeyedVersion when body.Length > 4 && IsSigned(body, mac, body[1]):
                reference = Interview(payload[2], payload[3], body[4..]);
                break;
            case CaseVersion when body.Length == 2 + CaseNonceLength && IsSigned(body, mac, body[1]):
                reference = CaseReference.ForCase(Convert.ToHexStringLower(body[2..]));
                break;
            default:
                break;
        }

        return reference is not null;
    }

    private static byte Header(int version, TokenPurpose purpose) => (byte)((version << 4) | (int)purpose);

    private static CaseReference? Interview(byte scheme, byte length, ReadOnlySpan<byte> packed) =>
        length == 0 ? null : InterviewIdPacking.Unpack(scheme, length, packed) is { Length: > 0 } id ? CaseReference.ForInterview(id) : null;

    private string Seal(byte[] body) => Base32Lower.Encode([.. body, .. _current.Mac(body)]);

    private bool IsSigned(ReadOnlySpan<byte> body, ReadOnlySpan<byte> mac, byte? keyId)
    {
        // Key ids are one byte, so two keys of the ring may share one: every match is tried.
        foreach (var key in _ring)
        {
            if ((keyId is null || key.Id == keyId) && CryptographicOperations.FixedTimeEquals(key.Mac(body), mac))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record SigningKey(byte[] Key, byte Id)
    {
        // Domain separation: the same secret reused elsewhere (say, for inbound webhooks) never
        // produces a MAC that is valid here. The label is the first release's, so its tokens verify.
        public static SigningKey From(string secret)
        {
            var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "FollowUp.Email.Tokens/v1"u8);
            return new SigningKey(key, HMACSHA256.HashData(key, "key-id"u8)[0]);
        }

        public byte[] Mac(ReadOnlySpan<byte> data) => HMACSHA256.HashData(Key, data)[..MacLength];
    }
}
