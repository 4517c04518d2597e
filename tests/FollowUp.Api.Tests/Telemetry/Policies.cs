namespace FollowUp.Api.Tests.Telemetry;

/// <summary>FollowUp:Policy values for telemetry hosts.</summary>
internal static class Policies
{
    /// <summary>Nothing after the same-day emails fires during a test.</summary>
    public static IReadOnlyDictionary<string, string> Waiting { get; } = new Dictionary<string, string>
    {
        ["ReplyWindow"] = "PT10M",
        ["NoResponseWindow"] = "PT10M",
        ["NurtureAfter"] = "P1D",
        ["BookingWindow"] = "PT10M",
        ["ReminderBefore"] = "PT0S",
        ["KeepOpenFor"] = "PT10M",
    };

    /// <summary>Every branch runs to its end within seconds.</summary>
    public static IReadOnlyDictionary<string, string> Fast { get; } = new Dictionary<string, string>
    {
        ["ReplyWindow"] = "PT2S",
        ["NoResponseWindow"] = "PT2S",
        ["NurtureAfter"] = "PT3S",
        ["BookingWindow"] = "PT2S",
        ["ReminderBefore"] = "PT2S",
        ["KeepOpenFor"] = "PT0S",
    };

    public static string NextInterviewIn(TimeSpan fromNow) =>
        $$"""{ "startsAt": "{{DateTimeOffset.UtcNow.Add(fromNow):O}}", "durationMinutes": 60, "with": "CEO", "location": "https://meet.example.com/abc-defg-hij" }""";
}
