using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Unit;

public sealed class CaseProjectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 16, 0, 0, TimeSpan.FromHours(9));
    private static readonly FollowUpPolicy Policy = new() { SendWindow = SendWindow.AnyTime };
    private readonly CaseProjection _projection = new(Policy);

    [Fact]
    public void A_case_from_before_the_list_gets_its_row_from_the_report_its_next_email_carries()
    {
        var report = Reports.Report(Reaction.Considering);

        var row = _projection.Emailed(null, Order(report, EmailKind.ConsideringThanks, 1), sent: true, Now);

        Assert.NotNull(row);
        Assert.Equal(report.Candidate.Name, row.CandidateName);
        Assert.Equal(report.Owner.Email, row.OwnerEmail);
        Assert.Equal(FollowUpStage.AwaitingReply, row.Stage);
        Assert.Equal(PlannedAction.SendStatusCheck, row.NextAction);
        Assert.Equal(Now.AddDays(2), row.NextActionAt);
        Assert.Equal(Now, row.FirstEmailAt);
    }

    [Fact]
    public void An_email_applied_again_by_a_retried_activity_changes_nothing()
    {
        var report = Reports.Report(Reaction.Considering);
        var recorded = CaseProjection.Recorded(null, report, Now);
        var once = _projection.Emailed(recorded, Order(report, EmailKind.ConsideringThanks, 1), sent: true, Now)!;

        var again = _projection.Emailed(once, Order(report, EmailKind.ConsideringThanks, 1), sent: true, Now.AddMinutes(1));

        Assert.Null(again);
        Assert.Equal(1, once.CandidateEmails);
    }

    [Fact]
    public void The_owners_reply_notice_records_the_reply_and_a_stuck_step_asks_for_attention_until_a_candidate_email_goes_out()
    {
        var report = Reports.Report(Reaction.Considering);
        var row = _projection.Emailed(null, Order(report, EmailKind.ConsideringThanks, 1), sent: true, Now)!;
        var reply = new CandidateReply("<m1@example.com>", Now.AddHours(3), "Re:", "ぜひ進みたいです");

        row = _projection.Emailed(row, Order(report, EmailKind.OwnerReplyReceived, 2) with { Details = new EmailDetails { Reply = reply } }, sent: true, Now.AddHours(3))!;
        var replied = row;
        row = _projection.Emailed(row, Order(report, EmailKind.OwnerStepStuck, 3), sent: true, Now.AddHours(4))!;
        var stuck = row;
        row = _projection.Emailed(row, Order(report, EmailKind.StatusCheck, 4), sent: true, Now.AddHours(5))!;

        Assert.Equal(FollowUpStage.Replied, replied.Stage);
        Assert.Equal(reply.ReceivedAt, replied.FirstReplyAt);
        Assert.Equal(1, replied.Replies);
        Assert.True(stuck.NeedsAttention);
        Assert.Equal(2, stuck.Escalations);
        Assert.False(row.NeedsAttention);
    }

    [Fact]
    public void A_skipped_email_marks_the_opt_out_and_counts_no_email()
    {
        var report = Reports.Report(Reaction.Undecided);

        var row = _projection.Emailed(null, Order(report, EmailKind.UndecidedThanks, 1), sent: false, Now)!;

        Assert.True(row.OptedOut);
        Assert.Equal(0, row.CandidateEmails);
    }

    [Fact]
    public void Answers_of_ours_three_days_or_more_after_the_candidate_wrote_count_as_slow()
    {
        ContactEvent[] timeline =
        [
            new(Now.AddDays(-20), ContactDirection.Candidate, "scout"),
            new(Now.AddDays(-16), ContactDirection.Company, "email"),
            new(Now.AddDays(-10), ContactDirection.Candidate, "email"),
            new(Now.AddDays(-9), ContactDirection.Company, "email"),
        ];

        Assert.Equal(1, CaseProjection.SlowAnswers(timeline));
    }

    private static EmailOrder Order(InterviewReport report, EmailKind kind, int sequence) =>
        new() { Kind = kind, Sequence = sequence, Report = report, ReportedAt = Now.AddMinutes(-1) };
}
