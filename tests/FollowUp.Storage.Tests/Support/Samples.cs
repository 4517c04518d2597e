using System.Text.Json;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage.Tests.Support;

internal static class Samples
{
    public static readonly DateTimeOffset InterviewedAt = new(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(9));

    public static InterviewReport Report(string interviewId, string candidateEmail = "hanako@example.com", Reaction reaction = Reaction.Considering) =>
        new()
        {
            InterviewId = interviewId,
            InterviewedAt = InterviewedAt,
            Reaction = reaction,
            Candidate = new CandidateInfo
            {
                Name = "山田 花子",
                Email = candidateEmail,
                TimeZone = "Asia/Tokyo",
                Profiles = [new SocialProfile("LinkedIn", "https://www.linkedin.com/in/hanako")],
            },
            Owner = new OwnerInfo { Name = "佐藤", Email = "sato@company.example" },
            NextInterview = new NextInterview { StartsAt = InterviewedAt.AddDays(3), With = "CEO 山根", Location = "https://meet.example/abc" },
            Feedback = new InterviewFeedback
            {
                Positive = ["具体的な成果の説明が明快でした"],
                Improve = ["Quantify the impact of your work."],
                Prepare = ["Bring a system design you are proud of."],
            },
            ContactTimeline =
            [
                new ContactEvent(InterviewedAt.AddDays(-10), ContactDirection.Candidate, "scout"),
                new ContactEvent(InterviewedAt.AddDays(-6), ContactDirection.Company, "email"),
            ],
        };

    public static TalentPoolEntry PoolEntry(string candidateEmail, params string[] tags) =>
        new()
        {
            CandidateEmail = candidateEmail,
            CandidateName = "山田 花子",
            SourceInterviewId = "iv-1",
            Tags = tags,
            AddedAt = InterviewedAt,
        };

    public static TimelineEntry TimelineEntry(string interviewId, string key, DateTimeOffset at, string summary = "ThankYou: Pickup") =>
        new(interviewId, key, at, TimelineEntryKind.EmailSent, summary, "op-" + key);

    /// <summary>Records with lists compare the lists by reference; their JSON compares by content.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
