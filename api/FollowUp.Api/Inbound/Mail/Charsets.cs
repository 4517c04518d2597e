using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>The charsets inbound mail is written in, and text a provider hands over as bytes in a named one (SendGrid's <c>charsets</c>).</summary>
internal static class Charsets
{
    // Names mailers use that the code-page provider does not know by that spelling.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x-sjis"] = "shift_jis",
        ["sjis"] = "shift_jis",
        ["windows-31j"] = "shift_jis",
        ["cp932"] = "shift_jis",
        ["x-euc-jp"] = "euc-jp",
        ["eucjp"] = "euc-jp",
        ["utf8"] = "utf-8",
    };

    /// <summary>
    /// Japanese mail still arrives in ISO-2022-JP, Shift_JIS and EUC-JP, which .NET knows only once the
    /// code-page provider is registered. MimeKit resolves charsets once, when it first decodes anything,
    /// and keeps the answer: registered any later (say when the first reply arrives, after the outgoing
    /// mail composer has used MimeKit) they stay Latin-1 garbage for the life of the process. So it is
    /// done when this assembly loads, before any of its code can touch MimeKit. Idempotent, process-wide.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Must run before MimeKit's first charset lookup, which any code of this library may trigger; see the summary.")]
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding for <paramref name="charset"/>, or UTF-8 when it is missing or unknown: most mail is UTF-8 today.</summary>
    public static Encoding Find(string? charset)
    {
        var name = charset?.Trim().Trim('"');
        if (string.IsNullOrEmpty(name))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(Aliases.GetValueOrDefault(name, name));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string? charset) => Find(charset).GetString(bytes);
}
