using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;

namespace FollowUp.Email.Tests.Support;

/// <summary>Orders with every fact filled in, so each template kind has what it needs.</summary>
internal static class SampleOrders
{
    public const string InterviewId = "0f8fad5bd9cb469fa16570867728950e";
    public const string CandidateName = "佐藤 花子";
    public const string CandidateEmail = "hanako@example.com";
    public const string OwnerName = "山根 太郎";
    public const string OwnerEmail = "yamane@example.co.jp";
    public const string Positive = "設計の意図を言葉にするのが上手でした";
    public const string Improve = "成果を数字で語れるとさらに伝わります";
    public const string Prepare = "直近のプロジェクトの構成図";
    public const string With = "CEO 山根";
    public const string Location = "https://meet.example.com/abc-defg";
    public const string ReplyText = "ぜひ面接に進みたいです。";
    public const string LateChannel = "scout";
    public const string VoiceUrl = "https://voice.example.com/m/123";
    public const string NextStepWith = "代表取締役の山根";

    // 2026-11-26 15:00 in Tokyo.
    public static readonly DateTimeOffset NextStartsAt = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    public static InterviewReport Report(string locale = Locales.Japanese, string? ownerLocale = null) => new()
    {
        InterviewId = InterviewId,
        InterviewedAt = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(9)),
        Reaction = Reaction.Considering,
        Candidate = new CandidateInfo
        {
            Name = CandidateName,
            Email = CandidateEmail,
            Locale = locale,
            TimeZone = "Asia/Tokyo",
            Profiles = [new SocialProfile("LinkedIn", "https://www.linkedin.com/in/hanako")],
        },
        Owner = new OwnerInfo { Name = OwnerName, Email = OwnerEmail, Locale = ownerLocale ?? locale },
        NextInterview = new NextInterview { StartsAt = NextStartsAt, DurationMinutes = 60, With = With, Location = Location },
        Feedback = new InterviewFeedback
        {
            Positive = [Positive],
            Improve = [Improve],
            Prepare = [Prepare],
            VoiceUrl = new Uri(VoiceUrl),
            NextStepWith = NextStepWith,
        },
        ContactTimeline =
        [
            new ContactEvent(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(9)), ContactDirection.Candidate, LateChannel),
            new ContactEvent(new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.FromHours(9)), ContactDirection.Company, LateChannel),
        ],
    };

    public static EmailOrder Order(EmailKind kind, string locale = Locales.Japanese, int sequence = 1, InterviewReport? report = null)
    {
        report ??= Report(locale);
        return new EmailOrder
        {
            Kind = kind,
            Sequence = sequence,
            Report = report,
            Details = new EmailDetails
            {
                Reply = new CandidateReply("<m1@example.com>", report.InterviewedAt.AddDays(1), "Re: 面談のお礼", ReplyText),
                Retrospective = RetrospectiveRules.Build(report),
                FailedKind = EmailKind.ConsideringThanks,
                FailureReason = "Recipient mailbox not found",
                FailedStep = "SendEmail",
                FailingSince = report.InterviewedAt.AddHours(1),
                RecontactAt = report.InterviewedAt.AddMonths(3),
                Round = 1,
                CancelledInterview = report.NextInterview,
            },
        };
    }
}
