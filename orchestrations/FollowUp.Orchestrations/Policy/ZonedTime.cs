namespace FollowUp.Orchestrations.Policy;

/// <summary>Wall-clock arithmetic in a time zone, with the two DST edge cases decided once.</summary>
public static class ZonedTime
{
    /// <summary>
    /// The instant at which <paramref name="zone"/>'s clocks show <paramref name="local"/>. A time the
    /// clocks skip (spring forward) moves forward by the gap, as a person would read "9:00" on that day;
    /// a time they show twice (fall back) means its first occurrence.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            var gap = after - before;
            var shifted = local + gap;
            return new DateTimeOffset(shifted, zone.GetUtcOffset(shifted));
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var earliest = offsets.Max();
            return new DateTimeOffset(local, earliest);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>Resolves an IANA (or Windows) time zone id; null when the machine does not know it.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
