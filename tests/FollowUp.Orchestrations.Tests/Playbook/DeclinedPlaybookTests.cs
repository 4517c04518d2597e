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
}
