using System.Security.Cryptography;

namespace FollowUp.Orchestrations.Voice;

/// <summary>Recording ids: 128 random bits as 32 lower-case hex digits, so one cannot be guessed from another.</summary>
public static class VoiceRecordingIds
{
    public const int Length = 32;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
