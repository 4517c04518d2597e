using System.Globalization;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Email.Rendering;

/// <summary>
/// Dates as a person writes them in each language, in the candidate's time zone. Written out by
/// hand rather than through ICU cultures, so the text is the same on every host (the Functions
/// image and a developer machine may carry different ICU data).
/// </summary>
internal sealed class LocalizedFormat(string locale, TimeZoneInfo zone)
{
    private static readonly string[] JapaneseDays = ["日", "月", "火", "水", "木", "金", "土"];

    public string Locale { get; } = locale;

    public TimeZoneInfo Zone { get; } = zone;

    public static LocalizedFormat For(string locale, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return new LocalizedFormat(locale == Locales.English ? Locales.English : Locales.Japanese, zone);
    }

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>ja: 2026年11月26日(木) 15:00 / en: Thursday, 26 November 2026, 15:00.</summary>
    public string DateTime(DateTimeOffset at) =>
        Locale == Locales.English ? $"{DateOnly(at)}, {Time(at)}" : $"{DateOnly(at)} {Time(at)}";

    /// <summary>ja: 2026年11月26日(木) / en: Thursday, 26 November 2026.</summary>
    public string DateOnly(DateTimeOffset at)
    {
        var local = Local(at);
        return Locale == Locales.English
            ? local.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{local.Year}年{local.Month}月{local.Day}日({JapaneseDays[(int)local.DayOfWeek]})");
    }

    public string Time(DateTimeOffset at) => Local(at).ToString("HH:mm", CultureInfo.InvariantCulture);
}
