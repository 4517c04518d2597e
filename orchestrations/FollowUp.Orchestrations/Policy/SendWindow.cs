using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Policy;

/// <summary>
/// The local hours in which a follow-up may reach a candidate, e.g. <c>09:00-19:00</c>. A window whose
/// end is before its start runs across midnight; <c>00:00-24:00</c> means any time.
/// </summary>
[JsonConverter(typeof(SendWindowJsonConverter))]
public readonly record struct SendWindow(TimeSpan Opens, TimeSpan Closes)
{
    public static SendWindow AnyTime { get; } = new(TimeSpan.Zero, TimeSpan.FromHours(24));

    public bool IsAnyTime => Opens == Closes || (Opens == TimeSpan.Zero && Closes == TimeSpan.FromHours(24));

    public static SendWindow Parse(string text) =>
        TryParse(text, out var window)
            ? window
            : throw new FormatException($"'{text}' is not a send window such as 09:00-19:00.");

    public static bool TryParse(string? text, out SendWindow window)
    {
        window = default;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 } || !TryParseClock(parts[0], out var opens) || !TryParseClock(parts[1], out var closes))
        {
            return false;
        }

        if (opens == TimeSpan.FromHours(24))
        {
            return false;
        }

        window = new SendWindow(opens, closes);
        return true;
    }

    /// <summary>
    /// The first instant at or after <paramref name="due"/> that falls inside the window in
    /// <paramref name="zone"/>: <paramref name="due"/> itself when it already does.
    /// </summary>
    public DateTimeOffset NextOpening(DateTimeOffset due, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsAnyTime)
        {
            return due;
        }

        var local = ZonedTime.ToLocal(due, zone);
        if (Contains(local.TimeOfDay))
        {
            return due;
        }

        // Outside the window: the next opening is today's when it is still ahead, else tomorrow's.
        var opening = local.Date + Opens;
        if (opening < local)
        {
            opening = opening.AddDays(1);
        }

        var instant = ZonedTime.FromLocal(opening, zone);
        return instant < due ? due : instant;
    }

    public bool Contains(TimeSpan timeOfDay) =>
        IsAnyTime || (Opens < Closes
            ? timeOfDay >= Opens && timeOfDay < Closes
            : timeOfDay >= Opens || timeOfDay < Closes);

    public override string ToString() => $"{Format(Opens)}-{Format(Closes)}";

    private static string Format(TimeSpan clock) =>
        clock == TimeSpan.FromHours(24) ? "24:00" : clock.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static bool TryParseClock(string text, out TimeSpan clock)
    {
        clock = default;
        if (text == "24:00")
        {
            clock = TimeSpan.FromHours(24);
            return true;
        }

        return TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out clock)
            && clock >= TimeSpan.Zero && clock < TimeSpan.FromHours(24);
    }
}

public sealed class SendWindowJsonConverter : JsonConverter<SendWindow>
{
    public override SendWindow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return SendWindow.TryParse(text, out var window) ? window : throw new JsonException($"'{text}' is not a send window.");
    }

    public override void Write(Utf8JsonWriter writer, SendWindow value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
