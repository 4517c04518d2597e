using System.Net;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using BenchmarkDotNet.Attributes;
using FollowUp.Email.Acs;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Benchmarks.Micro;

/// <summary>
/// ACS HMAC request signing over a real email's body (SHA-256 of the body, HMAC-SHA256 of the
/// string to sign, three headers), alone and inside the client's whole send pipeline with a stub
/// transport (serialize, sign, retry policy, no network); and the reply/opt-out tokens.
/// </summary>
[MemoryDiagnoser]
public class SecurityBenchmarks
{
    private HttpPipelineSynchronousPolicy? _signing;
    private HttpMessage? _request;
    private EmailClient? _client;
    private EmailMessage? _email;
    private ServiceProvider? _services;
    private TokenService? _tokens;
    private string _token = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var composed = MicroSamples.ComposedAsync(EmailKind.ConsideringThanks).GetAwaiter().GetResult();
        _email = new EmailMessage(composed.From.Address, new EmailRecipients([new EmailAddress(composed.To.Address, composed.To.DisplayName)]), new EmailContent(composed.Subject)
        {
            PlainText = composed.PlainText,
            Html = composed.Html,
        });

        // The signing policy is internal to FollowUp.Email; it is created once by reflection and then
        // called through its public base class, exactly as the pipeline calls it.
        var policyType = typeof(EmailClient).Assembly.GetType("FollowUp.Email.Acs.HmacAuthenticationPolicy", throwOnError: true)!;
        _signing = (HttpPipelineSynchronousPolicy)Activator.CreateInstance(policyType, MicroSamples.AccessKey, TimeProvider.System)!;
        var pipeline = HttpPipelineBuilder.Build(new EmailClientOptions());
        _request = pipeline.CreateMessage();
        _request.Request.Method = RequestMethod.Post;
        _request.Request.Uri.Reset(new Uri("https://example.communication.azure.com/emails:send?api-version=2025-09-01"));
        _request.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new
        {
            senderAddress = _email.SenderAddress,
            recipients = new { to = new[] { new { address = composed.To.Address, displayName = composed.To.DisplayName } } },
            content = new { subject = composed.Subject, plainText = composed.PlainText, html = composed.Html },
        }));

        var options = new EmailClientOptions { Transport = new HttpClientTransport(new HttpClient(new AcceptingHandler())) };
        options.Retry.MaxRetries = 0;
        _client = new EmailClient($"endpoint=https://example.communication.azure.com/;accesskey={MicroSamples.AccessKey}", options);

        _services = MicroSamples.EmailServices();
        _tokens = _services.GetRequiredService<TokenService>();
        _token = _tokens.Issue(MicroSamples.InterviewId, TokenPurpose.Reply);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _request?.Dispose();
        _services?.Dispose();
    }

    [Benchmark(Description = "ACS request signing (HMAC policy)")]
    public void SignAcsRequest() => _signing!.OnSendingRequest(_request!);

    [Benchmark(Description = "ACS send pipeline, stub transport")]
    public Task<EmailSendOperation> SendThroughPipeline() => _client!.SendAsync(WaitUntil.Started, _email!);

    [Benchmark(Description = "token sign")]
    public string SignToken() => _tokens!.Issue(MicroSamples.InterviewId, TokenPurpose.Reply);

    [Benchmark(Description = "token verify")]
    public bool VerifyToken() => _tokens!.TryVerify(_token, TokenPurpose.Reply, out _);

    /// <summary>Answers every send the way ACS accepts one, without leaving the process.</summary>
    private sealed class AcceptingHandler : HttpMessageHandler
    {
        private static readonly byte[] Accepted = Encoding.UTF8.GetBytes("""{"id":"00000000-0000-0000-0000-000000000001","status":"Running"}""");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new ByteArrayContent(Accepted), RequestMessage = request };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            response.Headers.TryAddWithoutValidation("Operation-Location", "https://example.communication.azure.com/emails/operations/00000000-0000-0000-0000-000000000001?api-version=2025-09-01");
            return Task.FromResult(response);
        }
    }
}
