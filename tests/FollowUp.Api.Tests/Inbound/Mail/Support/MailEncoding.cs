using System.Text;

namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>
/// Encodes corpus text the way mailers put it on the wire: bodies in a charset and transfer encoding,
/// header text as RFC 2047 encoded words. Written out here rather than with MimeKit, so the reader under
/// test never decodes bytes its own library wrote.
/// </summary>
internal static class MailEncoding
{
    private const int LineLength = 76;

    // ISO-2022-JP, Shift_JIS and EUC-JP exist in .NET only through the code-page provider; registering is idempotent.
    static MailEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Charset(string name) =>
        string.Equals(name, "utf-8", StringComparison.OrdinalIgnoreCase) ? new UTF8Encoding(false) : Encoding.GetEncoding(name);

    /// <summary>The text with CRLF line ends, in <paramref name="charset"/>.</summary>
    public static byte[] Bytes(string charset, string text) => Charset(charset).GetBytes(text.ReplaceLineEndings("\r\n"));

    /// <summary>ISO-2022-JP as 7-bit text: every byte is ASCII (the escapes included), so it sits in a message string as is.</summary>
    public static string Jis(string text) => Encoding.Latin1.GetString(Bytes("iso-2022-jp", text));

    public static string Base64(string charset, string text) => Base64(Bytes(charset, text));

    public static string Base64(byte[] bytes)
    {
        var encoded = Convert.ToBase64String(bytes);
        return string.Join("\n", Enumerable.Range(0, (encoded.Length + LineLength - 1) / LineLength)
            .Select(i => encoded.Substring(i * LineLength, Math.Min(LineLength, encoded.Length - (i * LineLength)))));
    }

    /// <summary>RFC 2045 quoted-printable, with soft line breaks at 76 characters.</summary>
    public static string QuotedPrintable(string charset, string text)
    {
        var encoding = Charset(charset);
        var output = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var bytes = encoding.GetBytes(line);
            var width = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                var last = i == bytes.Length - 1;
                var literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !last);
                var token = literal ? ((char)b).ToString() : $"={b:X2}";
                if (width + token.Length > LineLength - 1)
                {
                    output.Append("=\n");
                    width = 0;
                }

                output.Append(token);
                width += token.Length;
            }

            output.Append('\n');
        }

        return output.ToString().TrimEnd('\n');
    }

    /// <summary>RFC 2047 B-encoded words, split so each stays within 75 characters and is whole in its charset.</summary>
    public static string Word(string charset, string text)
    {
        var encoding = Charset(charset);
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var c in text)
        {
            if (chunk.Length > 0 && Encoded(charset, encoding, chunk.ToString() + c).Length > 75)
            {
                words.Add(Encoded(charset, encoding, chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(c);
        }

        words.Add(Encoded(charset, encoding, chunk.ToString()));
        return string.Join("\n ", words);
    }

    private static string Encoded(string charset, Encoding encoding, string text) =>
        $"=?{charset}?B?{Convert.ToBase64String(encoding.GetBytes(text))}?=";
}
