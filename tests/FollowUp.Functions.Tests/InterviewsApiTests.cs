using System.Text;
using System.Text.Json;
using FollowUp.Functions.Http;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace FollowUp.Functions.Tests;

public sealed class InterviewsApiTests
{
    private readonly Mock<DurableTaskClient> _durable = new("test");
    private readonly InterviewsApi _api;

    public InterviewsApiTests()
    {
        var services = new ServiceCollection().AddLogging().AddFollowUpPlaybook(new ConfigurationBuilder().Build()).BuildServiceProvider();
        _api = new InterviewsApi(services.GetRequiredService<InterviewIntake>());
    }

    private static HttpRequest Post(string json)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return context.Request;
    }

    private static string ValidReport(string id) => $$"""
        {
          "interviewId": "{{id}}",
          "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
          "reaction": "considering",
          "candidate": { "name": "佐藤 花子", "email": "hanako@example.com" },
          "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
          "feedback": { "positive": ["システム設計の説明が具体的でした"] }
        }
        """;

    [Fact]
    public async Task Valid_report_schedules_the_follow_up_under_the_interview_id_and_answers_202_with_its_location()
    {
        FollowUpInput? scheduled = null;
        _durable.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(
                It.Is<TaskName>(n => n.Name == nameof(FollowUpOrchestrator)),
                It.IsAny<object?>(),
                It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == "iv-42"),
                It.IsAny<CancellationToken>()))
            .Callback<TaskName, object?, StartOrchestrationOptions?, CancellationToken>((_, input, _, _) => scheduled = (FollowUpInput?)input)
            .ReturnsAsync("iv-42");
        var request = Post(ValidReport("iv-42"));

        var result = await _api.SubmitAsync(request, _durable.Object, CancellationToken.None);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(202, content.StatusCode);
        Assert.Equal("/api/interviews/iv-42", request.HttpContext.Response.Headers.Location.ToString());
        Assert.Equal("iv-42", scheduled!.Report.InterviewId);
        Assert.Equal(FollowUpInput.CurrentVersion, scheduled.Version);
    }

    [Fact]
    public async Task Invalid_report_answers_400_problem_json_with_field_errors_and_schedules_nothing()
    {
        var result = await _api.SubmitAsync(Post("""{ "reaction": "maybe" }"""), _durable.Object, CancellationToken.None);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(400, content.StatusCode);
        Assert.StartsWith("application/problem+json", content.ContentType, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(content.Content!);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("reaction", out _));
        _durable.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Unknown_interview_answers_404_problem_json()
    {
        var context = new DefaultHttpContext();

        var result = await _api.GetAsync(context.Request, "iv-missing", _durable.Object, CancellationToken.None);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(404, content.StatusCode);
        Assert.StartsWith("application/problem+json", content.ContentType, StringComparison.Ordinal);
    }
}
