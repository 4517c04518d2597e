using FollowUp.Email;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Benchmarks.Micro;

/// <summary>An email set-up as the hosts build it, and an order for each kind with every fact its template uses.</summary>
internal static class MicroSamples
{
    public const string InterviewId = "iv-2026-11-25-sato";

    /// <summary>A fixed, benchmark-only key (base64 of 32 bytes); never a real secret.</summary>
    public const string AccessKey = "YmVuY2htYXJrLW9ubHkta2V5LW5vdC1hLXNlY3JldC0wMQ==";

    public static ServiceProvider EmailServices() =>
        new ServiceCollection()
            .AddLogging()
            .AddFollowUpEmail(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FollowUp:PublicBaseUrl"] = "https://followup.example.com",
                ["FollowUp:Email:Transport"] = "Pickup",
                ["FollowUp:Email:From"] = "Example Recruiting <noreply@example.com>",
                ["FollowUp:Email:ReplyAddress"] = "replies@example.com",
                ["FollowUp:Tokens:SigningKey"] = "benchmark-only-signing-key-0123456789abcdef",
            }).Build())
            .BuildServiceProvider();

    public static InterviewReport Report() => new()
    {
        InterviewId = InterviewId,
        InterviewedAt = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(9)),
        Reaction = Reaction.Considering,
        Candidate = new CandidateInfo
        {
            Name = "佐藤 花子",
            Email = "hanako@example.com",
            Locale = Locales.Japanese,
            TimeZone = "Asia/Tokyo",
            Profiles = [new SocialProfile("LinkedIn", "https://www.linkedin.com/in/example")],
        },
        Owner = new OwnerInfo { Name = "山根 健", Email = "yamane@example.co.jp", Locale = Locales.Japanese },
        NextInterview = new NextInterview
        {
            StartsAt = new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero),
            DurationMinutes = 60,
            With = "CEO 山根",
            Location = "https://meet.example.com/abc",
        },
        Feedback = new InterviewFeedback
        {
            Positive = ["決済基盤の移行を分かりやすく説明してくださった点"],
            Improve = ["成果を数字で示すと、どの会社でも伝わりやすくなります"],
            Prepare = ["設計したシステムを一つ、10分で説明できるように"],
            VoiceUrl = new Uri("https://voice.example.com/m/123"),
        },
        ContactTimeline =
        [
            new ContactEvent(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(9)), ContactDirection.Candidate, "scout"),
            new ContactEvent(new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.FromHours(9)), ContactDirection.Company, "scout"),
        ],
    };

    public static EmailOrder Order(EmailKind kind)
    {
        var report = Report();
        return new EmailOrder
        {
            Kind = kind,
            Sequence = 1,
            Report = report,
            Details = new EmailDetails
            {
                Reply = new CandidateReply("<m1@example.com>", report.InterviewedAt.AddDays(1), "Re: 面談のお礼", "ぜひ面接に進みたいです。来週でしたら火曜と木曜の午後が空いています。"),
                Retrospective = RetrospectiveRules.Build(report),
                FailedKind = EmailKind.ConsideringThanks,
                FailureReason = "Recipient mailbox not found",
                RecontactAt = report.InterviewedAt.AddMonths(3),
                Round = 1,
            },
        };
    }

    public static async Task<OutgoingEmail> ComposedAsync(EmailKind kind)
    {
        await using var services = EmailServices();
        return await services.GetRequiredService<EmailComposer>().ComposeAsync(Order(kind)).ConfigureAwait(false);
    }
}
