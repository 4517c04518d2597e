namespace FollowUp.Orchestrations.Voice;

/// <summary>
/// The audio containers a voice message may come in, told by their first bytes: browsers record WebM
/// (Chrome, Firefox), Ogg (Firefox) or MP4 (Safari). The uploader's Content-Type is only a claim; the
/// bytes decide, so nothing but audio of these three kinds is ever stored or served.
/// </summary>
public static class VoiceFormats
{
    public const string WebM = "audio/webm";
    public const string Ogg = "audio/ogg";
    public const string Mp4 = "audio/mp4";

    /// <summary>Bytes enough to recognise every format below.</summary>
    public const int SniffLength = 12;

    public static IReadOnlyList<string> All { get; } = [WebM, Ogg, Mp4];

    /// <summary>The media type, without parameters, when it is one of ours; otherwise null.</summary>
    public static string? Normalize(string? contentType)
    {
        var type = contentType?.Split(';', 2)[0].Trim();
        return All.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The format the bytes begin with, or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        // EBML header: every Matroska/WebM file starts with it.
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return WebM;
        }

        if (head.StartsWith("OggS"u8))
        {
            return Ogg;
        }

        // ISO base media: a box size (4 bytes), then the 'ftyp' box type.
        return head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8) ? Mp4 : null;
    }
}
