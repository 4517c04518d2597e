using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Tests.Support;

/// <summary>Sample reports and a policy shrunk to seconds.</summary>
public static class Reports
{
    public static FollowUpPolicy FastPolicy { get; } = new()
    {
        ReplyWindow = IsoDuration.Parse("PT3S"),
        NoResponseWindow = IsoDuration.Parse("PT3S"),
        NurtureAfter = IsoDuration.Parse("PT4S"),
        BookingWindow = IsoDuration.Parse("PT3S"),
        ReminderBefore = IsoDuration.Parse("PT3S"),
        KeepOpenFor = IsoDuration.Zero,
        SendWindow = SendWindow.AnyTime,
        DefaultTimeZone = "Asia/Tokyo",
    };

    public static InterviewReport Report(Reaction reaction, string? id = null) => new()
    {
        InterviewId = id ?? $"iv-{Guid.NewGuid():N}",
        InterviewedAt = DateTimeOffset.UtcNow.AddMinutes(-30),
        Reaction = reaction,
        Candidate = new CandidateInfo
        {
            Name = "佐藤 花子",
            Email = "hanako.sato@example.com",
            Locale = Locales.Japanese,
            TimeZone = "Asia/Tokyo",
            Profiles = [new SocialProfile("LinkedIn", "https://www.linkedin.com/in/hanako-sato")],
        },
        Owner = new OwnerInfo { Name = "山根 健", Email = "yamane@example.co.jp" },
        Feedback = new InterviewFeedback
        {
            Positive = ["Clear explanation of the payment migration you led"],
            Improve = ["Quantify the impact of your projects"],
            Prepare = ["A short walkthrough of one system you designed"],
        },
    };

    public static NextInterview NextInterviewIn(TimeSpan fromNow) => new()
    {
        StartsAt = DateTimeOffset.UtcNow + fromNow,
        DurationMinutes = 60,
        With = "CEO 山根",
        Location = "https://meet.example.com/abc-defg-hij",
    };
}
