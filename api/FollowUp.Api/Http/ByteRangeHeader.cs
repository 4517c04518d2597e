using System.Globalization;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Api.Http;

/// <summary>
/// The one range of an HTTP <c>Range: bytes=…</c> header (RFC 9110 §14.2). Players ask for one range at a
/// time; a header naming several, or one that does not parse, is ignored and the whole body is sent, as the RFC allows.
/// </summary>
public static class ByteRangeHeader
{
    private const string Unit = "bytes=";

    public static RangeRequest? Parse(string? header)
    {
        if (header is null || !header.StartsWith(Unit, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var spec = header[Unit.Length..].Trim();
        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || spec.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var first = Number(spec[..dash]);
        var last = Number(spec[(dash + 1)..]);
        return (first, last) switch
        {
            (null, null) => null,
            ({ } a, { } b) when b < a => null,
            _ when dash > 0 && first is null => null,
            _ when dash < spec.Length - 1 && last is null => null,
            _ => new RangeRequest(first, last),
        };
    }

    private static long? Number(string text) =>
        text.Length > 0 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
