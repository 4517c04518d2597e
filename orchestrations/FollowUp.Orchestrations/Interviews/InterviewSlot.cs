using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Interviews;

/// <summary>
/// A time the owner's side can meet the candidate, offered for the candidate to pick from a link
/// instead of trading availability by email. Shaped like <see cref="NextInterview"/>, which a booked slot becomes.
/// </summary>
public sealed record InterviewSlot
{
    public required DateTimeOffset StartsAt { get; init; }

    public int DurationMinutes { get; init; } = 60;

    public required string With { get; init; }

    public required string Location { get; init; }

    /// <summary>
    /// Stable across offers and replacements: the same person at the same instant is the same slot,
    /// which is what two candidates of one owner compete for.
    /// </summary>
    [JsonIgnore]
    public string Id => IdOf(StartsAt, With);

    public NextInterview ToNextInterview() => new() { StartsAt = StartsAt, DurationMinutes = DurationMinutes, With = With, Location = Location };

    public static string IdOf(DateTimeOffset startsAt, string with)
    {
        ArgumentNullException.ThrowIfNull(with);
        var identity = startsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture) + "|" + with.Trim().ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a slot id, so a hand-edited form never reaches a store.</summary>
    public static bool IsWellFormedId(string? id) =>
        id is { Length: 16 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
