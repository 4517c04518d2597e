using System.Collections.Concurrent;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Recontact;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FollowUp.Storage.Tests.Recontact;

/// <summary>The re-contact digest on the table stores, its timer at one second: one digest per owner per day, whatever runs it.</summary>
[Collection(AzuriteTests.Name)]
public sealed class RecontactDigestTests(AzuriteServer azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Two_instances_and_a_restart_send_each_owner_one_digest_of_their_due_entries()
    {
        var prefix = Stores.UniquePrefix();
        var mailer = new RecordingDigestMailer();
        var now = DateTimeOffset.UtcNow;
        await using (var seeding = Instance(prefix, mailer))
        {
            var pool = seeding.GetRequiredService<ITalentPool>();
            await pool.UpsertAsync(Entry("a1@example.com", "aoki@company.example", now.AddDays(-1)), None);
            await pool.UpsertAsync(Entry("a2@example.com", "Aoki@Company.example", now.AddMinutes(-5)), None);
            await pool.UpsertAsync(Entry("a3@example.com", "aoki@company.example", now.AddDays(30)), None);
            await pool.UpsertAsync(Entry("b1@example.com", "baba@company.example", now.AddDays(-2)), None);
            await pool.UpsertAsync(Entry("b2@example.com", "baba@company.example", now.AddDays(-2)), None);
            await pool.MarkOptedOutAsync("b2@example.com", now, None);
        }

        await using (var first = Instance(prefix, mailer))
        await using (var second = Instance(prefix, mailer))
        {
            await RunTimersAsync([first, second], TimeSpan.FromSeconds(3.5));
        }

        await using (var restarted = Instance(prefix, mailer))
        {
            await RunTimersAsync([restarted], TimeSpan.FromSeconds(2.5));
        }

        Assert.Equal(2, mailer.Sent.Count);
        var aoki = Assert.Single(mailer.Sent, d => d.OwnerEmail.Equals("aoki@company.example", StringComparison.OrdinalIgnoreCase));
        var baba = Assert.Single(mailer.Sent, d => d.OwnerEmail == "baba@company.example");
        Assert.Equal(["a1@example.com", "a2@example.com"], aoki.Due.Select(c => c.Entry.CandidateEmail));
        Assert.Equal(["b1@example.com"], baba.Due.Select(c => c.Entry.CandidateEmail));
    }

    [Fact]
    public async Task A_digest_claimed_by_a_sender_that_stopped_is_sent_by_the_next_after_the_lease()
    {
        var prefix = Stores.UniquePrefix();
        var mailer = new RecordingDigestMailer();
        var now = DateTimeOffset.UtcNow;
        await using var instance = Instance(prefix, mailer);
        await instance.GetRequiredService<ITalentPool>().UpsertAsync(Entry("c1@example.com", "chiba@company.example", now.AddDays(-1)), None);
        var log = instance.GetRequiredService<IDigestLog>();
        var key = RecontactDigest.KeyFor("chiba@company.example", DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DateTime));
        await log.ClaimAsync(key, now.AddMinutes(-1), TimeSpan.FromSeconds(30), None);

        var sent = await instance.GetRequiredService<RecontactDigests>().RunAsync(None);

        Assert.Equal(1, sent);
        Assert.Equal(DigestClaim.AlreadySent, await log.ClaimAsync(key, now, TimeSpan.FromSeconds(30), None));
    }

    private ServiceProvider Instance(string prefix, RecordingDigestMailer mailer)
    {
        var configuration = Stores.Configuration(
            ("AzureWebJobsStorage", azurite.ConnectionString),
            (TableStorageServiceCollectionExtensions.TablePrefixKey, prefix),
            ("FollowUp:Recontact:Interval", "00:00:01"),
            ("FollowUp:Recontact:SendFrom", "00:00:00"),
            ("FollowUp:Recontact:ClaimLease", "00:00:30"));
        return new ServiceCollection()
            .AddLogging()
            .AddFollowUpPlaybook(configuration)
            .AddFollowUpTableStorage(configuration)
            .AddSingleton<IRecontactDigestMailer>(mailer)
            .AddRecontactDigestTimer()
            .BuildServiceProvider();
    }

    private static async Task RunTimersAsync(IReadOnlyList<ServiceProvider> instances, TimeSpan duration)
    {
        var timers = instances.SelectMany(i => i.GetServices<IHostedService>().OfType<RecontactDigestTimer>()).ToList();
        await Task.WhenAll(timers.Select(t => t.StartAsync(None)));
        await Task.Delay(duration);
        await Task.WhenAll(timers.Select(t => t.StopAsync(None)));
    }

    private static TalentPoolEntry Entry(string candidate, string owner, DateTimeOffset recontactAt) => new()
    {
        CandidateEmail = candidate,
        CandidateName = "候補 " + candidate[..2],
        SourceInterviewId = "iv-" + candidate[..2],
        Tags = ["undecided"],
        RecontactAt = recontactAt,
        AddedAt = recontactAt.AddMonths(-3),
        OwnerEmail = owner,
        OwnerName = owner.Split('@')[0],
    };

    private sealed class RecordingDigestMailer : IRecontactDigestMailer
    {
        private readonly ConcurrentQueue<RecontactDigest> _sent = new();

        public IReadOnlyList<RecontactDigest> Sent => [.. _sent];

        public Task<EmailReceipt> SendAsync(RecontactDigest digest, CancellationToken cancellationToken)
        {
            _sent.Enqueue(digest);
            return Task.FromResult(new EmailReceipt(digest.Key, "recording", null, DateTimeOffset.UtcNow, false));
        }
    }
}
