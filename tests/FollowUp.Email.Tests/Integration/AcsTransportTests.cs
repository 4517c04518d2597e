using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using FollowUp.Email.Acs;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Integration;

public sealed class AcsTransportTests
{
    private static readonly byte[] AccessKey = Encoding.UTF8.GetBytes("an access key of thirty-two bytes");

    [Fact]
    public async Task A_send_is_signed_per_the_documented_hmac_scheme_and_carries_the_documented_body()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        using var services = Build(acs, AccessKey);

        var receipt = await services.GetRequiredService<IEmailDispatcher>().DispatchAsync(SampleOrders.Order(EmailKind.ProceedConfirmation), CancellationToken.None);

        Assert.False(receipt.WasDuplicate);
        Assert.Equal("Acs", receipt.Transport);
        var send = Assert.Single(acs.Requests, r => r.Method == "POST");
        Assert.StartsWith("/emails:send?api-version=2025-09-01", send.Target, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(send.Body);
        var root = body.RootElement;
        Assert.Equal("recruiting@example.com", root.GetProperty("senderAddress").GetString());
        Assert.Equal(SampleOrders.CandidateEmail, root.GetProperty("recipients").GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Contains("次回面接", root.GetProperty("content").GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains(SampleOrders.With, root.GetProperty("content").GetProperty("plainText").GetString(), StringComparison.Ordinal);
        Assert.Contains(SampleOrders.With, root.GetProperty("content").GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("reply+", root.GetProperty("replyTo")[0].GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<https://followup.example.com/api/opt-out?token=", root.GetProperty("headers").GetProperty("List-Unsubscribe").GetString(), StringComparison.Ordinal);
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("invitation.ics", attachment.GetProperty("name").GetString());
        Assert.Contains("BEGIN:VCALENDAR", Encoding.UTF8.GetString(Convert.FromBase64String(attachment.GetProperty("contentInBase64").GetString()!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_access_key_is_rejected_and_reported_as_a_permanent_failure()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        using var services = Build(acs, Encoding.UTF8.GetBytes("some other key, not the real one"));

        await Assert.ThrowsAsync<EmailDeliveryException>(
            () => services.GetRequiredService<IEmailDispatcher>().DispatchAsync(SampleOrders.Order(EmailKind.StatusCheck), CancellationToken.None));

        Assert.Empty(acs.Operations);
    }

    [Fact]
    public async Task A_throttled_send_is_retried_after_retry_after_under_the_same_operation_id_and_accepted_once()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        acs.AnswerNextSendWith(429, retryAfter: "1");
        using var services = Build(acs, AccessKey);
        var started = DateTimeOffset.UtcNow;

        var receipt = await services.GetRequiredService<IEmailDispatcher>().DispatchAsync(SampleOrders.Order(EmailKind.ConsideringThanks), CancellationToken.None);

        var sends = acs.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, sends.Count);
        Assert.Equal(sends[0].Headers["Operation-Id"], sends[1].Headers["Operation-Id"]);
        Assert.Single(acs.Operations);
        Assert.Equal(sends[0].Headers["Operation-Id"], receipt.ProviderOperationId);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After was not honoured");
    }

    [Fact]
    public async Task A_retried_dispatch_finds_the_earlier_operation_and_sends_nothing_new()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        using var services = Build(acs, AccessKey);
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();
        var order = SampleOrders.Order(EmailKind.DeclinedThanks);

        var first = await dispatcher.DispatchAsync(order, CancellationToken.None);
        var second = await dispatcher.DispatchAsync(order, CancellationToken.None);

        Assert.False(first.WasDuplicate);
        Assert.True(second.WasDuplicate);
        Assert.Equal(first.ProviderOperationId, second.ProviderOperationId);
        Assert.Single(acs.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task An_operation_that_ends_failed_is_a_permanent_delivery_failure()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        acs.FinalStatus = "Failed";
        using var services = Build(acs, AccessKey);

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(
            () => services.GetRequiredService<IEmailDispatcher>().DispatchAsync(SampleOrders.Order(EmailKind.StatusCheck), CancellationToken.None));

        Assert.Contains("EmailDropped", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_errors_that_outlast_the_retries_stay_transient()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        for (var i = 0; i < 3; i++)
        {
            acs.AnswerNextSendWith(503);
        }

        using var services = Build(acs, AccessKey, maxRetries: 2);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => services.GetRequiredService<IEmailDispatcher>().DispatchAsync(SampleOrders.Order(EmailKind.StatusCheck), CancellationToken.None));

        Assert.Equal(503, error.Status);
    }

    [Fact]
    public async Task With_an_entra_credential_the_request_carries_a_bearer_token_for_the_acs_scope()
    {
        using var certificate = TestCertificate.Create();
        await using var acs = await FakeAcsServer.StartAsync(accessKey: null, certificate);
        var credential = new FakeTokenCredential();
#pragma warning disable CA5359, CA2000 // A throwaway loopback certificate; the transport owns the handler.
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
#pragma warning restore CA5359, CA2000
        var options = new EmailClientOptions { Transport = new HttpClientTransport(handler) };
        var client = new EmailClient(acs.Endpoint, credential, options);
        var message = new EmailMessage(
            "recruiting@example.com",
            new EmailRecipients([new EmailAddress(SampleOrders.CandidateEmail)]),
            new EmailContent("Hello") { PlainText = "Hello" });

        var operation = await client.SendAsync(WaitUntil.Completed, message);

        Assert.True(operation.HasCompleted);
        Assert.Equal(EmailSendStatus.Succeeded, operation.Value.Status);
        Assert.Equal("Bearer fake-token", acs.Requests.First().Headers["Authorization"]);
        Assert.Equal(["https://communication.azure.com//.default"], credential.Scopes);
    }

    [Fact]
    public async Task More_than_fifty_recipients_are_refused_before_any_request()
    {
        await using var acs = await FakeAcsServer.StartAsync(AccessKey);
        var client = new EmailClient($"endpoint={acs.Endpoint};accesskey={Convert.ToBase64String(AccessKey)}");
        var message = new EmailMessage(
            "recruiting@example.com",
            new EmailRecipients(Enumerable.Range(0, 51).Select(i => new EmailAddress($"c{i}@example.com"))),
            new EmailContent("Hello") { PlainText = "Hello" });

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(WaitUntil.Started, message));

        Assert.Empty(acs.Requests);
    }

    private static ServiceProvider Build(FakeAcsServer acs, byte[] key, int maxRetries = 3) => EmailHost.Build(new Dictionary<string, string?>
    {
        ["FollowUp:Email:Transport"] = "Acs",
        ["FollowUp:Email:Acs:ConnectionString"] = $"endpoint={acs.Endpoint};accesskey={Convert.ToBase64String(key)}",
        ["FollowUp:Email:Acs:PollInterval"] = "00:00:00.100",
        ["FollowUp:Email:Acs:PollBudget"] = "00:00:10",
        ["FollowUp:Email:Acs:RetryDelay"] = "00:00:00.100",
        ["FollowUp:Email:Acs:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private sealed class FakeTokenCredential : TokenCredential
    {
        public IReadOnlyList<string> Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new AccessToken("fake-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
