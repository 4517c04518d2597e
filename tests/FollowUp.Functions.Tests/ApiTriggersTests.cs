using System.Text;
using System.Text.Json;
using FollowUp.Api;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Functions.Http;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Testing.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace FollowUp.Functions.Tests;

/// <summary>The Functions triggers bind their route's values, call the route table and write its answer.</summary>
public sealed class ApiTriggersTests : IDisposable
{
    private const string Secret = "functions-test-secret-0123456789";

    private readonly Mock<DurableTaskClient> _durable = new("test");
    private readonly Mock<IReplyTokenMatcher> _tokens = new();
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;
    private readonly ApiTriggers _triggers;

    public ApiTriggersTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [InboundEmailOptions.SigningSecretKey] = Secret,
                [AdminAccess.PlatformAuthenticationSetting] = "True",
                ["FollowUp:Privacy:AddressHashKey"] = "functions-test-address-hash-key",
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(_tokens.Object)

            // The inbound route forwards late replies through SendEmail; these tests never get that far.
            .AddSingleton(Mock.Of<FollowUp.Orchestrations.Emails.IEmailDispatcher>())
            .AddFollowUpApi(configuration)
            .AddInMemoryStores()
            .AddSingleton(Mock.Of<IEmailDispatcher>())
            .BuildServiceProvider();
        _scope = _services.CreateScope();
        _triggers = new ApiTriggers(_scope.ServiceProvider.GetRequiredService<ApiRouter>(), new AdminAccess(configuration));
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    private HttpRequest Request(string method, string? body = null, string? query = null)
    {
        var context = new DefaultHttpContext { RequestServices = _scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Runs the trigger's result the way the Functions host does, onto the request's response.</summary>
    private static async Task<(int Status, string ContentType, string Body)> ExecuteAsync(IActionResult result, HttpRequest request)
    {
        await result.ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        using var reader = new StreamReader(response.Body);
        return (response.StatusCode, response.ContentType ?? string.Empty, await reader.ReadToEndAsync());
    }

    /// <summary>The principal App Service forwards after validating an Entra ID token with these roles.</summary>
    private static HttpRequest SignedIn(HttpRequest request, params string[] roles)
    {
        var principal = JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = roles.Select(role => new { typ = "roles", val = role }).Append(new { typ = "name", val = "Ops Person" }),
        });
        request.Headers[AdminAccess.PrincipalHeader] = Convert.ToBase64String(Encoding.UTF8.GetBytes(principal));
        return request;
    }

    private void InstanceIs(string id, OrchestrationRuntimeStatus status) =>
        _durable.Setup(c => c.GetInstanceAsync(id, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata(nameof(FollowUpOrchestrator), id) { RuntimeStatus = status });

    private static string ValidReport(string id) => $$"""
        {
          "interviewId": "{{id}}",
          "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
          "reaction": "considering",
          "candidate": { "name": "佐藤 花子", "email": "hanako@example.com" },
          "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
          "feedback": { "positive": ["システム設計の説明が具体的でした"], "improve": ["成果を数字で示すと伝わりやすくなります"] }
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
        var request = Request("POST", ValidReport("iv-42"));

        var (status, _, _) = await ExecuteAsync(await _triggers.SubmitInterviewAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(202, status);
        Assert.Equal("/api/interviews/iv-42", request.HttpContext.Response.Headers.Location.ToString());
        Assert.Equal("iv-42", scheduled!.Report.InterviewId);
        Assert.Equal(FollowUpInput.CurrentVersion, scheduled.Version);
    }

    [Fact]
    public async Task Invalid_report_answers_400_problem_json_with_field_errors_and_schedules_nothing()
    {
        var request = Request("POST", """{ "reaction": "maybe" }""");

        var (status, contentType, body) = await ExecuteAsync(await _triggers.SubmitInterviewAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(400, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(body);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("reaction", out _));
        _durable.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task Unknown_interview_answers_404_problem_json()
    {
        var request = SignedIn(Request("GET"), AdminAccess.Role);

        var (status, contentType, _) = await ExecuteAsync(await _triggers.GetInterviewAsync(request, "iv-missing", _durable.Object, CancellationToken.None), request);

        Assert.Equal(404, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reaction_for_a_running_interview_raises_the_reaction_event_and_answers_202()
    {
        InstanceIs("iv-1", OrchestrationRuntimeStatus.Running);
        var request = Request("POST", """{ "reaction": "declined" }""");

        var (status, _, _) = await ExecuteAsync(await _triggers.ChangeReactionAsync(request, "iv-1", _durable.Object, CancellationToken.None), request);

        Assert.Equal(202, status);
        Assert.Equal("/api/interviews/iv-1", request.HttpContext.Response.Headers.Location.ToString());
        _durable.Verify(c => c.RaiseEventAsync("iv-1", FollowUpEvents.ReactionChanged, It.Is<ReactionChange>(r => r.Reaction == Reaction.Declined), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    [InlineData(OrchestrationRuntimeStatus.Terminated)]
    [InlineData(OrchestrationRuntimeStatus.Failed)]
    public async Task Reaction_for_a_finished_interview_answers_409_and_raises_nothing(OrchestrationRuntimeStatus runtimeStatus)
    {
        InstanceIs("iv-2", runtimeStatus);
        var request = Request("POST", """{ "reaction": "proceed" }""");

        var (status, contentType, _) = await ExecuteAsync(await _triggers.ChangeReactionAsync(request, "iv-2", _durable.Object, CancellationToken.None), request);

        Assert.Equal(409, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        _durable.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Cancel_terminates_a_running_instance_with_a_reason()
    {
        InstanceIs("iv-3", OrchestrationRuntimeStatus.Running);
        var request = SignedIn(Request("DELETE"), AdminAccess.Role);

        var (status, _, _) = await ExecuteAsync(await _triggers.CancelInterviewAsync(request, "iv-3", _durable.Object, CancellationToken.None), request);

        Assert.Equal(202, status);
        _durable.Verify(c => c.TerminateInstanceAsync("iv-3", It.Is<TerminateInstanceOptions?>(o => ((string)o!.Output!).Contains("cancelled", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Admin_route_refuses_a_signed_in_principal_without_the_admin_role_with_403_problem_json_and_cancels_nothing()
    {
        InstanceIs("iv-4", OrchestrationRuntimeStatus.Running);
        var request = SignedIn(Request("DELETE"), "FollowUp.Reader");

        var (status, contentType, body) = await ExecuteAsync(await _triggers.CancelInterviewAsync(request, "iv-4", _durable.Object, CancellationToken.None), request);

        Assert.Equal(403, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        Assert.Contains(AdminAccess.Role, body, StringComparison.Ordinal);
        _durable.Verify(c => c.TerminateInstanceAsync(It.IsAny<string>(), It.IsAny<TerminateInstanceOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Admin_route_without_a_signed_in_principal_answers_401_with_a_bearer_challenge()
    {
        var request = Request("POST");

        var (status, contentType, _) = await ExecuteAsync(await _triggers.RetryInterviewAsync(request, "iv-5", _durable.Object, CancellationToken.None), request);

        Assert.Equal(401, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        Assert.Equal("Bearer", request.HttpContext.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task Console_page_without_a_signed_in_principal_sends_the_browser_through_the_entra_sign_in_and_back()
    {
        // Arrange
        var request = Request("GET", query: "?lang=en");
        request.Path = "/api/admin";

        // Act
        var (status, _, _) = await ExecuteAsync(await _triggers.AdminConsoleAsync(request, _durable.Object, CancellationToken.None), request);

        // Assert
        Assert.Equal(302, status);
        Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fadmin%3Flang%3Den", request.HttpContext.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task Console_list_without_a_signed_in_principal_answers_401_rather_than_a_redirect()
    {
        var request = Request("GET");

        var (status, contentType, _) = await ExecuteAsync(await _triggers.ListInterviewsAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(401, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_route_refuses_a_principal_header_the_client_wrote_itself_while_app_service_authentication_is_off()
    {
        // Without App Service authentication nothing strips the header: it is the client's own claim.
        var configuration = new ConfigurationBuilder().Build();
        var triggers = new ApiTriggers(_scope.ServiceProvider.GetRequiredService<ApiRouter>(), new AdminAccess(configuration));
        var request = SignedIn(Request("GET"), AdminAccess.Role);

        var (status, contentType, _) = await ExecuteAsync(await triggers.GetInterviewAsync(request, "iv-6", _durable.Object, CancellationToken.None), request);

        Assert.Equal(403, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        _durable.Verify(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Admin_route_refuses_an_unreadable_principal_header_with_403()
    {
        var request = Request("GET");
        request.Headers[AdminAccess.PrincipalHeader] = "not base64 {";

        var (status, _, _) = await ExecuteAsync(await _triggers.GetInterviewAsync(request, "iv-7", _durable.Object, CancellationToken.None), request);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Inbound_trigger_checks_the_signature_header_over_the_raw_body()
    {
        InstanceIs("iv-4", OrchestrationRuntimeStatus.Running);
        var reference = CaseReference.ForInterview("iv-4");
        _tokens.Setup(t => t.TryMatchReply(It.IsAny<IEnumerable<string>>(), out reference)).Returns(true);
        var body = """{ "messageId": "<m@x>", "from": "h@example.com", "to": ["replies+t@example.com"], "subject": "Re", "text": "Yes\n> quoted" }""";
        var request = Request("POST", body);
        request.Headers[InboundSignature.HeaderName] = InboundSignature.Sign(Secret, Encoding.UTF8.GetBytes(body));

        var (status, _, _) = await ExecuteAsync(await _triggers.ReceiveInboundEmailAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(202, status);
        _durable.Verify(c => c.RaiseEventAsync("iv-4", FollowUpEvents.CandidateReplied, It.Is<CandidateReply>(r => r.Text == "Yes"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Inbound_trigger_without_the_signature_header_answers_401()
    {
        var request = Request("POST", "{}");

        var (status, _, _) = await ExecuteAsync(await _triggers.ReceiveInboundEmailAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Opt_out_trigger_reads_the_token_from_the_query_and_answers_a_page()
    {
        CaseReference? ignored = null;
        _tokens.Setup(t => t.TryMatchOptOut("abc", out ignored)).Returns(false);
        var request = Request("POST", "List-Unsubscribe=One-Click", "?token=abc");

        var (status, contentType, _) = await ExecuteAsync(await _triggers.OptOutAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(400, status);
        Assert.Equal("text/html; charset=utf-8", contentType);
        _tokens.Verify(t => t.TryMatchOptOut("abc", out ignored), Times.Once);
    }

    [Fact]
    public async Task Form_is_served_as_utf8_html()
    {
        var request = Request("GET");

        var (status, contentType, body) = await ExecuteAsync(await _triggers.ReportFormAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(200, status);
        Assert.Equal("text/html; charset=utf-8", contentType);
        Assert.Contains("<form", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Openapi_document_is_served_as_json()
    {
        var request = Request("GET");

        var (status, _, body) = await ExecuteAsync(await _triggers.OpenApiAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(200, status);
        using var document = JsonDocument.Parse(body);
        Assert.StartsWith("3.0", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_503_when_the_durable_runtime_does_not_answer()
    {
        // CallBase: the probe's two-argument overload is the client's own code over the three-argument one.
        _durable.CallBase = true;
        _durable.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("down"));
        var request = Request("GET");

        var (status, _, body) = await ExecuteAsync(await _triggers.HealthAsync(request, _durable.Object, CancellationToken.None), request);

        Assert.Equal(503, status);
        Assert.Contains("unreachable", body, StringComparison.Ordinal);
    }
}
