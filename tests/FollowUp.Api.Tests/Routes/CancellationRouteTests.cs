using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Operations.Cancellation;
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
