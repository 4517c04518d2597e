using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Tests.Unit;

public sealed class IsoDurationTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("P2D", 0, 0, 2, 0)]
    [InlineData("P3M", 0, 3, 0, 0)]
    [InlineData("PT20S", 0, 0, 0, 20)]
    [InlineData("P1W", 0, 0, 7, 0)]
    [InlineData("P1Y2M3DT4H5M6S", 1, 2, 3, 14706)]
    public void Parses_calendar_and_time_parts(string text, int years, int months, int days, int seconds)
    {
        var duration = IsoDuration.Parse(text);

        Assert.Equal(new IsoDuration(years, months, days, TimeSpan.FromSeconds(seconds)), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2D")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P2DT")]
    [InlineData("P-2D")]
    [InlineData("two days")]
    public void Rejects_text_that_is_not_a_duration(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }

    [Fact]
    public void Three_months_after_the_last_of_November_is_the_last_of_February()
    {
        var interview = new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.FromHours(9));

        var recontact = IsoDuration.Parse("P3M").AddTo(interview, Tokyo);

        Assert.Equal(new DateTimeOffset(2027, 2, 28, 15, 0, 0, TimeSpan.FromHours(9)), recontact);
    }

    [Fact]
    public void A_month_is_counted_on_the_candidates_calendar_not_in_utc()
    {
        // 31 Jan 08:00 in Tokyo is still 30 Jan in UTC; a month later is 28 Feb in Tokyo.
        var interview = new DateTimeOffset(2027, 1, 31, 8, 0, 0, TimeSpan.FromHours(9));

        var later = IsoDuration.Parse("P1M").AddTo(interview, Tokyo);

        Assert.Equal(new DateTimeOffset(2027, 2, 28, 8, 0, 0, TimeSpan.FromHours(9)), later);
    }

    [Fact]
    public void Days_keep_the_wall_clock_time_across_a_dst_change()
    {
        var beforeSpringForward = new DateTimeOffset(2027, 3, 13, 10, 0, 0, TimeSpan.FromHours(-5));

        var twoDaysLater = IsoDuration.Parse("P2D").AddTo(beforeSpringForward, NewYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 15, 10, 0, 0, TimeSpan.FromHours(-4)), twoDaysLater);
    }

    [Fact]
    public void Time_parts_are_elapsed_time_across_a_dst_change()
    {
        var beforeSpringForward = new DateTimeOffset(2027, 3, 14, 1, 30, 0, TimeSpan.FromHours(-5));

        var later = IsoDuration.Parse("PT1H").AddTo(beforeSpringForward, NewYork);

        Assert.Equal(beforeSpringForward.AddHours(1), later);
    }

    [Fact]
    public void Subtracting_a_day_lands_on_the_previous_day_at_the_same_local_time()
    {
        var interview = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9));

        var reminder = IsoDuration.Parse("P1D").SubtractFrom(interview, Tokyo);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(9)), reminder);
    }

    [Theory]
    [InlineData("P2D")]
    [InlineData("P3M")]
    [InlineData("PT20S")]
    [InlineData("P1Y2M3DT4H5M6S")]
    public void Round_trips_through_its_text(string text)
    {
        Assert.Equal(IsoDuration.Parse(text), IsoDuration.Parse(IsoDuration.Parse(text).ToString()));
    }
}
