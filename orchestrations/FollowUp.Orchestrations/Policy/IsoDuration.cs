using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace FollowUp.Orchestrations.Policy;

/// <summary>
/// An ISO 8601 duration such as <c>P2D</c>, <c>P3M</c> or <c>PT20S</c>. Years, months, weeks and days
/// are calendar units applied to local dates in the candidate's time zone, so <c>P3M</c> after
/// 30 November is 28 February and <c>P1D</c> across a DST change lands at the same wall-clock time;
/// the time part is elapsed time.
/// </summary>
[JsonConverter(typeof(IsoDurationJsonConverter))]
public readonly partial record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public static IsoDuration Zero => default;

    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not an ISO 8601 duration such as P2D, P3M or PT20S.");

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 1 || text.Trim().EndsWith('T'))
        {
            return false;
        }

        try
        {
            int Whole(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
            double Fraction(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

            var time = TimeSpan.FromHours(Whole("h")) + TimeSpan.FromMinutes(Whole("mi")) + TimeSpan.FromSeconds(Fraction("s"));
            duration = new IsoDuration(Whole("y"), Whole("mo"), checked((Whole("w") * 7) + Whole("d")), time);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The instant this duration after <paramref name="start"/>, counted on the calendar of <paramref name="zone"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var result = start;
        if (Years != 0 || Months != 0 || Days != 0)
        {
            var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
            var shifted = local.AddYears(Years).AddMonths(Months).AddDays(Days);
            result = ZonedTime.FromLocal(shifted, zone);
        }

        return result + Time;
    }

    /// <summary>The instant this duration before <paramref name="end"/>, counted on the calendar of <paramref name="zone"/>.</summary>
    public DateTimeOffset SubtractFrom(DateTimeOffset end, TimeZoneInfo zone) =>
        new IsoDuration(-Years, -Months, -Days, -Time).AddTo(end, zone);

    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new System.Text.StringBuilder("P");
        if (Years != 0) text.Append(CultureInfo.InvariantCulture, $"{Years}Y");
        if (Months != 0) text.Append(CultureInfo.InvariantCulture, $"{Months}M");
        if (Days != 0) text.Append(CultureInfo.InvariantCulture, $"{Days}D");
        if (Time != TimeSpan.Zero)
        {
            text.Append('T');
            if (Time.Days * 24 + Time.Hours != 0) text.Append(CultureInfo.InvariantCulture, $"{(Time.Days * 24) + Time.Hours}H");
            if (Time.Minutes != 0) text.Append(CultureInfo.InvariantCulture, $"{Time.Minutes}M");
            var seconds = Time.Seconds + (Time.Milliseconds / 1000.0);
            if (seconds != 0) text.Append(CultureInfo.InvariantCulture, $"{seconds}S");
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

public sealed class IsoDurationJsonConverter : JsonConverter<IsoDuration>
{
    public override IsoDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return IsoDuration.TryParse(text, out var duration)
            ? duration
            : throw new JsonException($"'{text}' is not an ISO 8601 duration.");
    }

    public override void Write(Utf8JsonWriter writer, IsoDuration value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
