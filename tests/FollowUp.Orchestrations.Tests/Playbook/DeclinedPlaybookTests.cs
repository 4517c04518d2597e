using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Playbook;

public sealed class DeclinedPlaybookTests
{
    [Fact]
    public async Task Declined_thanks_the_candidate_and_gives_the_owner_a_retrospective_and_a_connect_reminder()
    {
        await using var host = await PlaybookHost.StartAsync();
        var scoutAt = DateTimeOffset.UtcNow.AddDays(-20);
        var report = Reports.Report(Reaction.Declined) with
        {
            ContactTimeline =
            [
                new ContactEvent(scoutAt, ContactDirection.Company, "scout"),
                new ContactEvent(scoutAt.AddDays(1), ContactDirection.Candidate, "scout"),
                new ContactEvent(scoutAt.AddDays(5), ContactDirection.Company, "email"),
            ],
        };

        var id = await host.StartFollowUpAsync(report);
        var done = await host.WaitForCompletionAsync(id);

        Assert.Equal([EmailKind.DeclinedThanks, EmailKind.OwnerRetrospective, EmailKind.OwnerSnsConnect], host.Emails.Kinds);
        var retrospective = host.Emails.Sent[1].Order.Details.Retrospective!;
        var late = Assert.Single(retrospective.LateReplies);
        Assert.Equal(TimeSpan.FromDays(4), late.Delay);
        var pooled = await host.TalentPool.FindAsync(report.Candidate.Email, CancellationToken.None);
        Assert.Contains("declined", pooled!.Tags);
        Assert.Equal(FollowUpStage.Declined, done.ReadOutputAs<FollowUpStatus>()!.Stage);
    }

    [Theory]
    [InlineData(3, true, 0)]
    [InlineData(2, false, 2)]
    public async Task Declined_pool_entry_is_written_before_the_sns_reminder_and_notices_are_not_escalations_from_version_3(int version, bool pooledBeforeSnsReminder, int escalations)
    {
        await using var host = await PlaybookHost.StartAsync();
        host.Emails.FailTransiently(EmailKind.OwnerSnsConnect);
        var report = Reports.Report(Reaction.Declined);
        var policy = Reports.FastPolicy with { RetryBackoffStart = Policy.IsoDuration.Parse("PT1S"), RetryBackoffCap = Policy.IsoDuration.Parse("PT1S") };
        var id = await host.StartFollowUpAsync(report, policy, version);
        await WaitUntilAsync(() => host.Emails.AttemptsOf(EmailKind.OwnerSnsConnect) > 0);

        var pooled = await host.TalentPool.FindAsync(report.Candidate.Email, CancellationToken.None);
        host.Emails.Restore(EmailKind.OwnerSnsConnect);
        var done = await host.WaitForCompletionAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(pooledBeforeSnsReminder, pooled is not null);
        Assert.Equal(escalations, done.ReadOutputAs<FollowUpStatus>()!.Escalations);
        Assert.NotNull(await host.TalentPool.FindAsync(report.Candidate.Email, CancellationToken.None));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, deadline.Token);
        }
    }
}
