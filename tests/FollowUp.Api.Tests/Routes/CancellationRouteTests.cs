using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.DurableTask.Client;

namespace FollowUp.Api.Tests.Routes;

public sealed class CancellationRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Cancelling_a_running_follow_up_terminates_it_and_answers_202()
    {
        var report = await api.StartWaitingAsync();

        var answer = await api.CancelAsync(report.InterviewId);

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal($"/api/interviews/{report.InterviewId}", answer.Location);
        var finished = await api.Playbook.WaitForCompletionAsync(report.InterviewId);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, finished.RuntimeStatus);
    }

    [Fact]
    public async Task Cancelling_a_case_with_a_booked_interview_ahead_takes_it_out_of_the_candidates_calendar_once()
    {
        var booked = Reports.NextInterviewIn(TimeSpan.FromHours(2));
        var report = Reports.Report(Reaction.Proceed) with { NextInterview = booked };
        await api.Playbook.StartFollowUpAsync(report, ApiHost.WaitingPolicy);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.InterviewScheduled && s.NextAction is not null);

        var answer = await api.CancelAsync(report.InterviewId);
        var again = await api.CancelAsync(report.InterviewId);

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal(202, again.StatusCode);
        var cancel = Assert.Single(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.InterviewCancelled).Order;
        Assert.Equal(booked, cancel.Details.CancelledInterview);
        Assert.Equal(1, cancel.Details.InvitationSequence);
    }

    [Fact]
    public async Task Cancelling_a_case_without_a_booked_interview_sends_the_candidate_nothing()
    {
        var report = await api.StartWaitingAsync();

        await api.CancelAsync(report.InterviewId);

        Assert.DoesNotContain(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.InterviewCancelled);
    }

    [Fact]
    public async Task Cancelling_a_finished_follow_up_again_answers_202()
    {
        var report = await api.StartFinishedAsync();

        var answer = await api.CancelAsync(report.InterviewId);

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("Completed", ApiHost.Json(answer).GetProperty("runtimeStatus").GetString());
    }

    [Fact]
    public async Task Cancelling_an_unknown_interview_answers_404()
    {
        var answer = await api.CancelAsync("iv-never-reported");

        Assert.Equal(404, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }
}
