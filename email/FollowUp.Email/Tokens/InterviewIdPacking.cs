namespace FollowUp.Email.Tokens;

/// <summary>
/// Packs an interview id into as few bytes as its alphabet allows. RFC 5321 caps a local part at
/// 64 octets and the token rides in <c>local+token@domain</c>, so every byte counts: a generated
/// id (32 lower-case hex digits) packs into 16 bytes, any other <c>[A-Za-z0-9_-]</c> id into 6 bits a character.
/// </summary>
internal static class InterviewIdPacking
{
    public const byte Hex = 0;
    public const byte Base64Url = 1;

    private const string HexAlphabet = "0123456789abcdef";
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static (byte Scheme, byte[] Bytes) Pack(string interviewId)
    {
        if (interviewId.All(c => HexAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return (Hex, PackBits(interviewId, HexAlphabet, 4));
        }

        if (interviewId.All(c => Base64UrlAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return (Base64Url, PackBits(interviewId, Base64UrlAlphabet, 6));
        }

        throw new ArgumentException("An interview id must match [A-Za-z0-9_-]{1,255}.", nameof(interviewId));
    }

    public static string? Unpack(byte scheme, int length, ReadOnlySpan<byte> bytes) => scheme switch
    {
        Hex => UnpackBits(bytes, length, HexAlphabet, 4),
        Base64Url => UnpackBits(bytes, length, Base64UrlAlphabet, 6),
        _ => null,
    };

    public static int PackedLength(int length, byte scheme) => ((length * (scheme == Hex ? 4 : 6)) + 7) / 8;

    private static byte[] PackBits(string text, string alphabet, int width)
    {
        var output = new byte[((text.Length * width) + 7) / 8];
        var buffer = 0;
        var bits = 0;
        var written = 0;
        foreach (var c in text)
        {
            buffer = (buffer << width) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += width;
            while (bits >= 8)
            {
                output[written++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }

            buffer &= (1 << bits) - 1;
        }

        if (bits > 0)
        {
            output[written] = (byte)(buffer << (8 - bits));
        }

        return output;
    }

    private static string? UnpackBits(ReadOnlySpan<byte> bytes, int length, string alphabet, int width)
    {
        if (bytes.Length != ((length * width) + 7) / 8)
        {
            return null;
        }

        var output = new char[length];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        for (var i = 0; i < length; i++)
        {
            while (bits < width)
            {
                buffer = (buffer << 8) | bytes[index++];
                bits += 8;
            }

            output[i] = alphabet[(buffer >> (bits - width)) & ((1 << width) - 1)];
            bits -= width;
            buffer &= (1 << bits) - 1;
        }

        return new string(output);
    }
}
