using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Azure;
using FollowUp.Api;
using FollowUp.Api.Inbound;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Routing;
using FollowUp.Functions.Http;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Testing.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FollowUp.Functions.Tests;

/// <summary>
/// Storage down under any inbound trigger: the exception escapes the handler and the outage middleware answers
/// 503 problem+json, so the mail provider (or the Logic App) retries instead of dropping the reply.
/// </summary>
public sealed class InboundOutageTests : IDisposable
{
    private const string Secret = "functions-test-secret-0123456789";
    private const string MailgunKey = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";
    private const string User = "provider";
    private const string Password = "provider-password-0123456789";
    private const string To = "replies+token@followup.example";

    private readonly Mock<DurableTaskClient> _durable = new("test");
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;
    private readonly ApiTriggers _triggers;

    public InboundOutageTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [InboundEmailOptions.SigningSecretKey] = Secret,
                [InboundEmailOptions.MailgunSigningKeyKey] = MailgunKey,
                [InboundEmailOptions.SendGridUsernameKey] = User,
                [InboundEmailOptions.SendGridPasswordKey] = Password,
                [InboundEmailOptions.PostmarkUsernameKey] = User,
                [InboundEmailOptions.PostmarkPasswordKey] = Password,
            })
            .Build();
        var interviewId = "iv-outage";
        var tokens = new Mock<IReplyTokenMatcher>();
        var reference = CaseReference.ForInterview(interviewId);
        tokens.Setup(t => t.TryMatchReply(It.IsAny<IEnumerable<string>>(), out reference)).Returns(true);
        _durable.Setup(c => c.GetInstanceAsync(interviewId, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata(nameof(FollowUpOrchestrator), interviewId) { RuntimeStatus = OrchestrationRuntimeStatus.Running });

        // Both stores an inbound post writes to answer as an unreachable storage account does.
        var messages = new Mock<IInboundMessageLog>();
        messages.Setup(m => m.TryRecordAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "The server is busy."));
        var webhookTokens = new Mock<IWebhookTokenLog>();
        webhookTokens.Setup(m => m.TryRecordAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "The server is busy."));

        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(tokens.Object)
            .AddSingleton(messages.Object)
            .AddSingleton(webhookTokens.Object)
            .AddFollowUpApi(configuration)
            .AddInMemoryStores()
            .AddSingleton(Mock.Of<IEmailDispatcher>())
            .BuildServiceProvider();
        _scope = _services.CreateScope();
        _triggers = new ApiTriggers(_scope.ServiceProvider.GetRequiredService<ApiRouter>(), new AdminAccess(new ConfigurationBuilder().Build()));
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    private static byte[] Message() => Encoding.UTF8.GetBytes($"From: Emily <emily@example.com>\r\nTo: {To}\r\nSubject: Re\r\nMessage-ID: <outage@example.com>\r\n\r\nYes.\r\n");

    private static string Basic() => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));

    private static (byte[] Body, string ContentType, Dictionary<string, string> Headers) Post(string route)
    {
        switch (route)
        {
            case RouteNames.ReceiveInboundEmail:
                var json = Encoding.UTF8.GetBytes($$"""{ "messageId": "<outage@example.com>", "from": "emily@example.com", "to": ["{{To}}"], "subject": "Re", "text": "Yes." }""");
                return (json, "application/json", new() { [InboundSignature.HeaderName] = InboundSignature.Sign(Secret, json) });
            case RouteNames.ReceiveKeyedInboundEmail:
                return (Message(), "message/rfc822", []);
            case RouteNames.ReceiveMailgunEmail:
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var token = new string('t', 50);
                using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["recipient"] = To,
                    ["from"] = "Emily <emily@example.com>",
                    ["subject"] = "Re",
                    ["body-plain"] = "Yes.",
                    ["Message-Id"] = "<outage@example.com>",
                    ["timestamp"] = timestamp,
                    ["token"] = token,
                    ["signature"] = MailgunSignature.Sign(timestamp, token, MailgunKey),
                }))
                {
                    return (form.ReadAsByteArrayAsync().GetAwaiter().GetResult(), form.Headers.ContentType!.ToString(), []);
                }

            case RouteNames.ReceiveSendGridEmail:
                using (var multipart = new MultipartFormDataContent { { new ByteArrayContent(Message()), "email" } })
                {
                    multipart.Add(new StringContent($$"""{"to":["{{To}}"]}"""), "envelope");
                    return (multipart.ReadAsByteArrayAsync().GetAwaiter().GetResult(), multipart.Headers.ContentType!.ToString(), new() { ["Authorization"] = Basic() });
                }

            default:
                var postmark = Encoding.UTF8.GetBytes($$"""{ "From": "emily@example.com", "ToFull": [ { "Email": "{{To}}" } ], "Subject": "Re", "TextBody": "Yes.", "MessageID": "outage" }""");
                return (postmark, "application/json", new() { ["Authorization"] = Basic() });
        }
    }

    private Task<IActionResult> InvokeAsync(string route, HttpRequest request) => route switch
    {
        RouteNames.ReceiveInboundEmail => _triggers.ReceiveInboundEmailAsync(request, _durable.Object, CancellationToken.None),
        RouteNames.ReceiveKeyedInboundEmail => _triggers.ReceiveKeyedInboundEmailAsync(request, _durable.Object, CancellationToken.None),
        RouteNames.ReceiveMailgunEmail => _triggers.ReceiveMailgunEmailAsync(request, _durable.Object, CancellationToken.None),
        RouteNames.ReceiveSendGridEmail => _triggers.ReceiveSendGridEmailAsync(request, _durable.Object, CancellationToken.None),
        _ => _triggers.ReceivePostmarkEmailAsync(request, _durable.Object, CancellationToken.None),
    };

    [Theory]
    [InlineData(RouteNames.ReceiveInboundEmail)]
    [InlineData(RouteNames.ReceiveKeyedInboundEmail)]
    [InlineData(RouteNames.ReceiveMailgunEmail)]
    [InlineData(RouteNames.ReceiveSendGridEmail)]
    [InlineData(RouteNames.ReceivePostmarkEmail)]
    public async Task Storage_down_under_an_inbound_trigger_answers_503_so_the_sender_retries(string route)
    {
        // Arrange
        var (body, contentType, headers) = Post(route);
        var http = new DefaultHttpContext { RequestServices = _scope.ServiceProvider };
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = contentType;
        http.Request.ContentLength = body.Length;
        http.Request.Body = new MemoryStream(body);
        foreach (var (name, value) in headers)
        {
            http.Request.Headers[name] = value;
        }

        http.Response.Body = new MemoryStream();
        var function = new Mock<FunctionContext>();
        function.Setup(f => f.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        function.Setup(f => f.FunctionDefinition.Name).Returns(route);
        var middleware = new DependencyOutageMiddleware(NullLogger<DependencyOutageMiddleware>.Instance);

        // Act
        await middleware.Invoke(function.Object, async _ =>
        {
            var result = await InvokeAsync(route, http.Request);
            await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        });

        // Assert
        http.Response.Body.Position = 0;
        var answer = await new StreamReader(http.Response.Body).ReadToEndAsync();
        Assert.True(http.Response.StatusCode == 503, $"{route}: {http.Response.StatusCode} {answer}");
        Assert.StartsWith("application/problem+json", http.Response.ContentType, StringComparison.Ordinal);
    }
}
