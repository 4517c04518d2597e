using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Tests.Unit;

public sealed class SendWindowTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly SendWindow Office = SendWindow.Parse("09:00-19:00");

    private static DateTimeOffset TokyoTime(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Due_time_inside_the_window_is_kept()
    {
        Assert.Equal(TokyoTime(11, 27, 14, 30), Office.NextOpening(TokyoTime(11, 27, 14, 30), Tokyo));
    }

    [Fact]
    public void Due_time_before_opening_waits_for_the_same_mornings_opening()
    {
        Assert.Equal(TokyoTime(11, 27, 9), Office.NextOpening(TokyoTime(11, 27, 3, 12), Tokyo));
    }

    [Fact]
    public void Due_time_in_the_evening_waits_for_the_next_morning()
    {
        Assert.Equal(TokyoTime(11, 28, 9), Office.NextOpening(TokyoTime(11, 27, 19, 0), Tokyo));
    }

    [Fact]
    public void Late_evening_on_the_last_day_of_a_month_moves_to_the_first_of_the_next()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), Office.NextOpening(TokyoTime(12, 31, 23, 59), Tokyo));
    }

    [Fact]
    public void The_window_is_read_in_the_candidates_time_zone_not_the_servers()
    {
        // 23:00 UTC is 08:00 the next morning in Tokyo: an hour before opening.
        var due = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(TokyoTime(11, 28, 9), Office.NextOpening(due, Tokyo));
    }

    [Fact]
    public void Window_across_midnight_accepts_late_evening_and_defers_the_afternoon()
    {
        var night = SendWindow.Parse("22:00-06:00");

        Assert.Equal(TokyoTime(11, 27, 23), night.NextOpening(TokyoTime(11, 27, 23), Tokyo));
        Assert.Equal(TokyoTime(11, 28, 5), night.NextOpening(TokyoTime(11, 28, 5), Tokyo));
        Assert.Equal(TokyoTime(11, 27, 22), night.NextOpening(TokyoTime(11, 27, 13), Tokyo));
    }

    [Fact]
    public void Opening_on_a_spring_forward_morning_is_at_local_nine()
    {
        var earlySunday = new DateTimeOffset(2027, 3, 14, 1, 0, 0, TimeSpan.FromHours(-5));

        var opening = Office.NextOpening(earlySunday, NewYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 14, 9, 0, 0, TimeSpan.FromHours(-4)), opening);
    }

    [Fact]
    public void Opening_inside_a_skipped_hour_moves_forward_by_the_gap()
    {
        var window = SendWindow.Parse("02:30-05:00");
        var justAfterMidnight = new DateTimeOffset(2027, 3, 14, 0, 10, 0, TimeSpan.FromHours(-5));

        var opening = window.NextOpening(justAfterMidnight, NewYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 14, 3, 30, 0, TimeSpan.FromHours(-4)), opening);
    }

    [Fact]
    public void Opening_inside_a_repeated_hour_is_its_first_occurrence()
    {
        var window = SendWindow.Parse("01:30-05:00");
        var justAfterMidnight = new DateTimeOffset(2026, 11, 1, 0, 10, 0, TimeSpan.FromHours(-4));

        var opening = window.NextOpening(justAfterMidnight, NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), opening);
    }

    [Fact]
    public void Any_time_window_never_defers()
    {
        Assert.Equal(TokyoTime(11, 27, 3), SendWindow.Parse("00:00-24:00").NextOpening(TokyoTime(11, 27, 3), Tokyo));
    }

    [Theory]
    [InlineData("9-19")]
    [InlineData("09:00")]
    [InlineData("25:00-26:00")]
    [InlineData("24:00-09:00")]
    [InlineData("09:00-19:00-20:00")]
    public void Rejects_text_that_is_not_a_window(string text)
    {
        Assert.False(SendWindow.TryParse(text, out _));
    }
}
