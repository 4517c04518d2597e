using System.Text;
using System.Text.Json;
using FollowUp.Functions.Http;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Playbook;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace FollowUp.Functions.Tests;

/// <summary>The new triggers bind what their service needs and copy its answer onto the response.</summary>
public sealed class RouteTriggersTests
{
    private const string Secret = "functions-test-secret-0123456789";

    private readonly Mock<DurableTaskClient> _durable = new("test");
    private readonly Mock<IReplyTokenMatcher> _tokens = new();
    private readonly ServiceProvider _services;

    public RouteTriggersTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [InboundEmailOptions.SigningSecretKey] = Secret })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(_tokens.Object)
            .AddFollowUpHttpApi(configuration)
            .BuildServiceProvider();
    }

    private static HttpRequest Request(string method, string? body = null, string? query = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    private void InstanceIs(string id, OrchestrationRuntimeStatus status) =>
        _durable.Setup(c => c.GetInstanceAsync(id, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata(nameof(FollowUpOrchestrator), id) { RuntimeStatus = status });

    [Fact]
    public async Task Reaction_for_a_running_interview_raises_the_reaction_event_and_answers_202()
    {
        InstanceIs("iv-1", OrchestrationRuntimeStatus.Running);
        var api = new InterviewReactionApi(_services.GetRequiredService<InterviewReactions>());
        var request = Request("POST", """{ "reaction": "declined" }""");

        var result = await api.PostAsync(request, "iv-1", _durable.Object, CancellationToken.None);

        Assert.Equal(202, Assert.IsType<ContentResult>(result).StatusCode);
        Assert.Equal("/api/interviews/iv-1", request.HttpContext.Response.Headers.Location.ToString());
        _durable.Verify(c => c.RaiseEventAsync("iv-1", FollowUpEvents.ReactionChanged, It.Is<ReactionChange>(r => r.Reaction == Reaction.Declined), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    [InlineData(OrchestrationRuntimeStatus.Terminated)]
    [InlineData(OrchestrationRuntimeStatus.Failed)]
    public async Task Reaction_for_a_finished_interview_answers_409_and_raises_nothing(OrchestrationRuntimeStatus status)
    {
        InstanceIs("iv-2", status);
        var api = new InterviewReactionApi(_services.GetRequiredService<InterviewReactions>());

        var result = await api.PostAsync(Request("POST", """{ "reaction": "proceed" }"""), "iv-2", _durable.Object, CancellationToken.None);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(409, content.StatusCode);
        Assert.StartsWith("application/problem+json", content.ContentType, StringComparison.Ordinal);
        _durable.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Cancel_terminates_a_running_instance_with_a_reason()
    {
        InstanceIs("iv-3", OrchestrationRuntimeStatus.Running);
        var api = new InterviewCancellationApi(_services.GetRequiredService<InterviewCancellation>());

        var result = await api.DeleteAsync(Request("DELETE"), "iv-3", _durable.Object, CancellationToken.None);

        Assert.Equal(202, Assert.IsType<ContentResult>(result).StatusCode);
        _durable.Verify(c => c.TerminateInstanceAsync("iv-3", It.Is<TerminateInstanceOptions?>(o => ((string)o!.Output!).StartsWith("Cancelled", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Inbound_trigger_checks_the_signature_header_over_the_raw_body()
    {
        InstanceIs("iv-4", OrchestrationRuntimeStatus.Running);
        var interviewId = "iv-4";
        _tokens.Setup(t => t.TryMatchReply(It.IsAny<IEnumerable<string>>(), out interviewId)).Returns(true);
        var body = """{ "messageId": "<m@x>", "from": "h@example.com", "to": ["replies+t@example.com"], "subject": "Re", "text": "Yes\n> quoted" }""";
        var request = Request("POST", body);
        request.Headers[InboundSignature.HeaderName] = InboundSignature.Sign(Secret, Encoding.UTF8.GetBytes(body));
        var api = new InboundEmailApi(_services.GetRequiredService<InboundEmailReceiver>());

        var result = await api.PostAsync(request, _durable.Object, CancellationToken.None);

        Assert.Equal(202, Assert.IsType<ContentResult>(result).StatusCode);
        _durable.Verify(c => c.RaiseEventAsync("iv-4", FollowUpEvents.CandidateReplied, It.Is<CandidateReply>(r => r.Text == "Yes"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Inbound_trigger_without_the_signature_header_answers_401()
    {
        var api = new InboundEmailApi(_services.GetRequiredService<InboundEmailReceiver>());

        var result = await api.PostAsync(Request("POST", "{}"), _durable.Object, CancellationToken.None);

        Assert.Equal(401, Assert.IsType<ContentResult>(result).StatusCode);
    }

    [Fact]
    public async Task Opt_out_trigger_reads_the_token_from_the_query_and_answers_a_page()
    {
        var ignored = string.Empty;
        _tokens.Setup(t => t.TryMatchOptOut("abc", out ignored)).Returns(false);
        var api = new OptOutApi(_services.GetRequiredService<CandidateOptOut>());

        var result = await api.RunAsync(Request("POST", "List-Unsubscribe=One-Click", "?token=abc"), _durable.Object, CancellationToken.None);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(400, content.StatusCode);
        Assert.Equal("text/html; charset=utf-8", content.ContentType);
        _tokens.Verify(t => t.TryMatchOptOut("abc", out ignored), Times.Once);
    }

    [Fact]
    public void Form_is_served_as_utf8_html()
    {
        var result = FormApi.Get(Request("GET"));

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(200, content.StatusCode);
        Assert.Equal("text/html; charset=utf-8", content.ContentType);
        Assert.Contains("<form", content.Content, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Openapi_document_is_served_as_json()
    {
        var content = Assert.IsType<ContentResult>(OpenApiApi.Get(Request("GET")));

        Assert.Equal(200, content.StatusCode);
        using var document = JsonDocument.Parse(content.Content!);
        Assert.StartsWith("3.0", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }
}
