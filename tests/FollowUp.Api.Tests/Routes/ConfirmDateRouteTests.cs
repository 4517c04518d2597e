using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary><c>POST /api/interviews/{id}/confirm-date</c>: the owner keeps the booked date after the candidate's reply.</summary>
public sealed class ConfirmDateRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task<InterviewReport> StartBookedAsync()
    {
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = Reports.NextInterviewIn(TimeSpan.FromHours(2)) };
        await api.Playbook.StartFollowUpAsync(report, ApiHost.WaitingPolicy with { ReminderBefore = Orchestrations.Policy.IsoDuration.Parse("PT1H") });
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.NextAction == PlannedAction.SendInterviewReminder);
        return report;
    }

    [Fact]
    public async Task Confirming_a_held_reminder_answers_202_and_the_reminder_is_planned_again()
    {
        var report = await StartBookedAsync();
        await api.Playbook.RaiseAsync(report.InterviewId, FollowUpEvents.CandidateReplied, new CandidateReply("<move@example.com>", DateTimeOffset.UtcNow, "Re", "その日は都合が悪くなってしまいました。"));
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.ReminderHeld);

        var answer = await api.ConfirmDateAsync(report.InterviewId);

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal($"/api/interviews/{report.InterviewId}", answer.Location);
        var planned = await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.InterviewScheduled && s.NextAction == PlannedAction.SendInterviewReminder);
        Assert.Equal(report.NextInterview!.StartsAt.AddHours(-1), planned.NextActionAt);
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Confirming_when_no_reminder_is_held_answers_409_and_raises_nothing()
    {
        var report = await StartBookedAsync();

        var answer = await api.ConfirmDateAsync(report.InterviewId);

        Assert.Equal(409, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.Contains("reminderHeld", ApiHost.Json(answer).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Confirming_an_unknown_interview_answers_404()
    {
        var answer = await api.ConfirmDateAsync("iv-never-reported");

        Assert.Equal(404, answer.StatusCode);
    }
}
