using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Unit;

public sealed class RetrospectiveRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(9));

    private static Retrospective For(params ContactEvent[] timeline) =>
        RetrospectiveRules.Build(Reports.Report(Reaction.Declined) with { ContactTimeline = timeline });

    [Fact]
    public void A_reply_more_than_three_days_after_the_candidate_wrote_is_late()
    {
        var retrospective = For(
            new ContactEvent(Start, ContactDirection.Candidate, "scout"),
            new ContactEvent(Start.AddDays(3).AddMinutes(1), ContactDirection.Company, "email"));

        var late = Assert.Single(retrospective.LateReplies);
        Assert.Equal(Start, late.CandidateWroteAt);
        Assert.Equal("email", late.Channel);
        Assert.False(late.Unanswered);
    }

    [Fact]
    public void A_reply_exactly_72_hours_later_is_not_late()
    {
        var retrospective = For(
            new ContactEvent(Start, ContactDirection.Candidate, "scout"),
            new ContactEvent(Start.AddHours(72), ContactDirection.Company, "email"));

        Assert.Empty(retrospective.LateReplies);
    }

    [Fact]
    public void A_last_candidate_message_left_unanswered_until_the_interview_days_later_is_late()
    {
        var interviewedAt = Start.AddDays(5);
        var report = Reports.Report(Reaction.Declined) with
        {
            InterviewedAt = interviewedAt,
            ContactTimeline =
            [
                new ContactEvent(Start, ContactDirection.Company, "scout"),
                new ContactEvent(Start.AddHours(1), ContactDirection.Candidate, "scout"),
            ],
        };

        var late = Assert.Single(RetrospectiveRules.Build(report).LateReplies);

        Assert.True(late.Unanswered);
        Assert.Equal(Start.AddHours(1), late.CandidateWroteAt);
        Assert.Equal(interviewedAt, late.CompanyRepliedAt);
        Assert.Equal("scout", late.Channel);
    }

    [Fact]
    public void A_last_candidate_message_shortly_before_the_interview_is_not_late()
    {
        var report = Reports.Report(Reaction.Declined) with
        {
            InterviewedAt = Start.AddDays(2),
            ContactTimeline = [new ContactEvent(Start, ContactDirection.Candidate, "email")],
        };

        Assert.Empty(RetrospectiveRules.Build(report).LateReplies);
    }

    [Fact]
    public void A_reply_within_three_days_is_not_late()
    {
        var retrospective = For(
            new ContactEvent(Start, ContactDirection.Candidate, "scout"),
            new ContactEvent(Start.AddDays(3).AddMinutes(-1), ContactDirection.Company, "email"));

        Assert.Empty(retrospective.LateReplies);
        Assert.True(retrospective.TimelineKnown);
    }

    [Fact]
    public void Several_candidate_messages_count_from_the_first_unanswered_one()
    {
        var retrospective = For(
            new ContactEvent(Start.AddDays(2), ContactDirection.Candidate, "email"),
            new ContactEvent(Start, ContactDirection.Candidate, "email"),
            new ContactEvent(Start.AddDays(4), ContactDirection.Company, "email"));

        Assert.Equal(TimeSpan.FromDays(4), Assert.Single(retrospective.LateReplies).Delay);
    }

    [Fact]
    public void Company_messages_nobody_waited_for_are_not_replies()
    {
        var retrospective = For(
            new ContactEvent(Start, ContactDirection.Company, "scout"),
            new ContactEvent(Start.AddDays(10), ContactDirection.Company, "scout"));

        Assert.Empty(retrospective.LateReplies);
    }

    [Fact]
    public void Without_a_timeline_lateness_is_unknown_rather_than_fine()
    {
        Assert.False(For().TimelineKnown);
    }
}
