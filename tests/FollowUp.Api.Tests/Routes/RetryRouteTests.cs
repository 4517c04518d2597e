using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

public sealed class RetryRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static readonly FollowUpPolicy ShortPatience = ApiHost.WaitingPolicy with
    {
        RetryFailuresFor = IsoDuration.Parse("PT2S"),
        RetryBackoffStart = IsoDuration.Parse("PT1S"),
        RetryBackoffCap = IsoDuration.Parse("PT1S"),
        NeedsAttentionAfter = IsoDuration.Zero,
    };

    [Fact]
    public async Task A_case_waiting_for_a_retry_answers_202_and_its_stuck_email_goes_out_once()
    {
        api.Emails.FailTransiently(EmailKind.NurtureCheckIn);
        var report = Reports.Report(Reaction.Undecided) with { InterviewedAt = DateTimeOffset.UtcNow.AddMonths(-4) };
        await api.Playbook.StartFollowUpAsync(report, ShortPatience with { NurtureAfter = IsoDuration.Parse("PT1S") });
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.NeedsAttention is { WaitingForRetry: true });

        var status = ApiHost.Json(await api.GetAsync(report.InterviewId));
        api.Emails.Restore(EmailKind.NurtureCheckIn);
        var answer = await api.RetryAsync(report.InterviewId);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.CheckInSent);

        Assert.Equal("SendEmail", status.GetProperty("needsAttention").GetProperty("step").GetString());
        Assert.True(status.GetProperty("needsAttention").GetProperty("waitingForRetry").GetBoolean());
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal($"/api/interviews/{report.InterviewId}", answer.Location);
        Assert.Equal(1, api.Emails.Sent.Count(s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.NurtureCheckIn));
        Assert.Single(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.OwnerStepStuck);
    }

    [Fact]
    public async Task A_case_that_runs_fine_answers_409_problem()
    {
        var report = await api.StartWaitingAsync();

        var answer = await api.RetryAsync(report.InterviewId);

        Assert.Equal(409, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.False(ApiHost.Json(await api.GetAsync(report.InterviewId)).TryGetProperty("needsAttention", out var attention) && attention.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_finished_case_answers_409_problem()
    {
        var report = await api.StartFinishedAsync();

        var answer = await api.RetryAsync(report.InterviewId);

        Assert.Equal(409, answer.StatusCode);
    }

    [Fact]
    public async Task An_unknown_interview_answers_404_problem()
    {
        var answer = await api.RetryAsync("iv-nobody-here");

        Assert.Equal(404, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }
}
