using System.Text;

namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>One corpus message: its file name (without .eml) and how its bytes are written.</summary>
internal sealed record CorpusMessage(string Name, Func<byte[]> Write)
{
    /// <summary>A message that is 7-bit on the wire (ISO-2022-JP, base64, quoted-printable and ASCII all are), with CRLF line ends.</summary>
    public static CorpusMessage SevenBit(string name, Func<string> message) => new(name, () =>
    {
        var text = message().ReplaceLineEndings("\r\n");
        if (text.Any(c => c > 0x7F))
        {
            throw new InvalidOperationException($"{name}: a 7-bit message holds a non-ASCII character; encode it.");
        }

        return Encoding.ASCII.GetBytes(text);
    });

    /// <summary>ASCII headers and an 8-bit body in <paramref name="charset"/> (Content-Transfer-Encoding: 8bit).</summary>
    public static CorpusMessage EightBit(string name, Func<string> headers, string charset, Func<string> body) => new(name, () =>
        [.. Encoding.ASCII.GetBytes((headers().TrimEnd('\n') + "\n\n").ReplaceLineEndings("\r\n")), .. MailEncoding.Bytes(charset, body())]);
}
