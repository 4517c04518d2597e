using System.Text;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Orchestrations.Tests.Intake;

public sealed class InterviewIntakeTests
{
    private static byte[] Body(string id, string reaction = "considering") => Encoding.UTF8.GetBytes($$"""
        {
          "interviewId": "{{id}}",
          "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
          "reaction": "{{reaction}}",
          "candidate": { "name": "佐藤 花子", "email": "hanako@example.com", "timeZone": "Asia/Tokyo" },
          "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
          "feedback": { "positive": ["システム設計の説明が具体的でした"] }
        }
        """);

    private static InterviewIntake IntakeOn(PlaybookHost host) =>
        host.Services.GetRequiredService<InterviewIntake>();

    [Fact]
    public async Task New_report_starts_a_follow_up_under_the_interview_id()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);

        var result = await intake.SubmitAsync(host.Client, Body("iv-new-1"), CancellationToken.None);

        var accepted = Assert.IsType<IntakeResult.Accepted>(result);
        Assert.Equal("iv-new-1", accepted.Status.InterviewId);
        await host.WaitForStatusAsync("iv-new-1", s => s.Stage == FollowUpStage.AwaitingReply);
    }

    [Fact]
    public async Task The_same_report_twice_starts_one_follow_up()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);
        var body = Body("iv-dup-1");

        var first = await intake.SubmitAsync(host.Client, body, CancellationToken.None);
        var second = await intake.SubmitAsync(host.Client, body, CancellationToken.None);
        await host.WaitForStatusAsync("iv-dup-1", s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.IsType<IntakeResult.Accepted>(first);
        Assert.IsType<IntakeResult.AlreadyAccepted>(second);
        Assert.Single(host.Emails.Sent);
    }

    [Fact]
    public async Task A_different_report_under_a_used_id_is_a_conflict()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);
        await intake.SubmitAsync(host.Client, Body("iv-conflict-1"), CancellationToken.None);

        var result = await intake.SubmitAsync(host.Client, Body("iv-conflict-1", reaction: "declined"), CancellationToken.None);

        Assert.IsType<IntakeResult.Conflict>(result);
    }

    [Fact]
    public async Task An_invalid_report_starts_nothing()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);

        var result = await intake.SubmitAsync(host.Client, Encoding.UTF8.GetBytes("""{ "interviewId": "iv-bad-1", "reaction": "maybe" }"""), CancellationToken.None);

        var invalid = Assert.IsType<IntakeResult.Invalid>(result);
        Assert.Contains("reaction", invalid.Errors.Keys);
        Assert.Null(await host.Client.GetInstanceAsync("iv-bad-1"));
    }

    [Fact]
    public async Task A_report_over_the_size_limit_is_refused_before_parsing()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);

        var result = await intake.SubmitAsync(host.Client, new byte[ReportLimits.MaxBodyBytes + 1], CancellationToken.None);

        Assert.IsType<IntakeResult.Invalid>(result);
    }

    [Fact]
    public async Task A_cancelled_follow_up_still_shows_the_stage_it_was_cancelled_at()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);
        await intake.SubmitAsync(host.Client, Body("iv-cancel-1"), CancellationToken.None);
        await host.WaitForStatusAsync("iv-cancel-1", s => s.Stage == FollowUpStage.AwaitingReply);

        await host.Client.TerminateInstanceAsync("iv-cancel-1", "Cancelled by the owner");
        await host.WaitForCompletionAsync("iv-cancel-1");
        var status = await intake.GetStatusAsync(host.Client, "iv-cancel-1", CancellationToken.None);

        Assert.Equal("Terminated", status!.RuntimeStatus);
        Assert.Equal(FollowUpStage.AwaitingReply, status.Stage);
    }
}
