using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Recontact;
using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>The re-contact digest in both languages, written to a pickup folder as the local host sends it.</summary>
public sealed class RecontactDigestWordingTests
{
    [Theory]
    [InlineData(Locales.Japanese, "再連絡の時期", "今回は辞退", "2027年3月1日(月)")]
    [InlineData(Locales.English, "due for a fresh hello", "declined this time", "Monday, 1 March 2027")]
    public async Task The_digest_names_each_due_candidate_why_they_are_pooled_their_profiles_and_a_link_to_a_new_case(string locale, string subjectWords, string reason, string date)
    {
        using var outbox = new TemporaryDirectory();
        using var services = EmailHost.Build(new Dictionary<string, string?> { ["FollowUp:Email:PickupDirectory"] = outbox.Path });
        var digest = new RecontactDigest(
            RecontactDigest.KeyFor("yamane@company.example", new DateOnly(2027, 3, 1)),
            "山根 健",
            "yamane@company.example",
            locale,
            new DateOnly(2027, 3, 1),
            "Asia/Tokyo",
            [
                new PooledCandidate(
                    CandidateKeys.Of("hanako@example.com"),
                    new TalentPoolEntry
                    {
                        CandidateEmail = "hanako@example.com",
                        CandidateName = "佐藤 花子",
                        SourceInterviewId = "iv-2026-11-25-sato",
                        Tags = ["declined"],
                        RecontactAt = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(9)),
                        AddedAt = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(9)),
                        Profiles = [new SocialProfile("LinkedIn", "https://www.linkedin.com/in/hanako")],
                    },
                    OptedOut: false),
            ]);

        var receipt = await services.GetRequiredService<IRecontactDigestMailer>().SendAsync(digest, CancellationToken.None);
        var again = await services.GetRequiredService<IRecontactDigestMailer>().SendAsync(digest, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(outbox.Path, "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Contains(subjectWords, message.Subject, StringComparison.Ordinal);
        Assert.Equal("yamane@company.example", message.To.Mailboxes.Single().Address);
        foreach (var fact in new[] { "佐藤 花子", "hanako@example.com", reason, date, "https://www.linkedin.com/in/hanako", "/api/form", "/api/admin", "/api/interviews/iv-2026-11-25-sato" })
        {
            Assert.Contains(fact, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(fact, message.HtmlBody, StringComparison.Ordinal);
        }

        Assert.False(receipt.WasDuplicate);
        Assert.True(again.WasDuplicate);
    }
}
