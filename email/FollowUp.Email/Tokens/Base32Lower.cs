namespace FollowUp.Email.Tokens;

/// <summary>
/// RFC 4648 base32 in lower case without padding. Mail systems lower-case local parts and some
/// gateways treat '-', '_' or '=' specially, so a token that rides in <c>local+token@domain</c>
/// must survive case folding: base32 does, base64url does not.
/// </summary>
internal static class Base32Lower
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var output = new char[((data.Length * 8) + 4) / 5];
        var written = 0;
        var buffer = 0;
        var bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output[written++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output[written++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(output, 0, written);
    }

    public static bool TryDecode(string text, out byte[] data)
    {
        data = [];
        var output = new byte[text.Length * 5 / 8];
        var written = 0;
        var buffer = 0;
        var bits = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output[written++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }

            buffer &= (1 << bits) - 1;
        }

        // Leftover bits must be the zero padding Encode writes; anything else is not our encoding.
        if (buffer != 0 || bits >= 5)
        {
            return false;
        }

        data = output;
        return true;
    }
}
