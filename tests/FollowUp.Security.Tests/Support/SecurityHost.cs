using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowUp.Testing;
using MimeKit;

namespace FollowUp.Security.Tests.Support;

/// <summary>
/// One local host process on one Azurite for every security test: the same host, pickup folder and
/// stores as <c>./run.sh</c>. Each test works on interview ids of its own.
/// </summary>
public sealed class SecurityHost : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The mail providers' routes are on, so their own checks are attacked too.</summary>
    public const string ProviderUser = "followup-relay";
    public const string ProviderPassword = "provider-password-0123456789";
    public const string MailgunKey = "mailgun-signing-key-0123456789";

    private readonly AzuriteServer _azurite = new();
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public HttpClient Http => Host.Http;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _host = await LocalHostProcess.StartAsync(_azurite, new Dictionary<string, string>
        {
            ["FollowUp__Inbound__Mailgun__SigningKey"] = MailgunKey,
            ["FollowUp__Inbound__SendGrid__Username"] = ProviderUser,
            ["FollowUp__Inbound__SendGrid__Password"] = ProviderPassword,
            ["FollowUp__Inbound__Postmark__Username"] = ProviderUser,
            ["FollowUp__Inbound__Postmark__Password"] = ProviderPassword,
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    /// <summary>Files written to the outbox so far, of every interview: "sent nothing" means this does not grow.</summary>
    public int OutboxCount => Directory.Exists(Path.Combine(Host.DataDirectory, "outbox"))
        ? Directory.GetFiles(Path.Combine(Host.DataDirectory, "outbox"), "*.eml").Count(f => !Path.GetFileName(f).StartsWith('.'))
        : 0;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string contentType = "application/json", string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType) } };
        }

        return Http.SendAsync(request);
    }

    /// <summary>The basic credentials the providers' routes expect, or others.</summary>
    public static string Basic(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    /// <summary>Reports a case and waits for the candidate's first email, returning it.</summary>
    public async Task<MimeMessage> StartCaseAsync(JsonObject report, string firstEmailKind)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var response = await Http.SubmitAsync(report);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await Host.Outbox.WaitForAsync(report["interviewId"]!.GetValue<string>(), firstEmailKind);
    }

    /// <summary>The interview was never stored: the status route does not know it and nothing was sent for it.</summary>
    public async Task AssertNothingStoredOrSentAsync(string interviewId)
    {
        using var status = await Http.GetAsync(new Uri($"/api/interviews/{interviewId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Empty(Host.Outbox.FilesOf(interviewId));
    }

    /// <summary>A 4xx answered as RFC 9457 problem JSON, parsed.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        Assert.Equal((int)expected, document.RootElement.GetProperty("status").GetInt32());
        return document.RootElement.Clone();
    }

    /// <summary>A reply to <paramref name="email"/> as a relay posts it, unsigned.</summary>
    public static byte[] ReplyTo(MimeMessage email, string messageId, string text, string? subject = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId,
            from = email.To.Mailboxes.Single().Address,
            to = new[] { email.ReplyTo.Mailboxes.Single().Address },
            subject = subject ?? $"Re: {email.Subject}",
            text,
        });

    public Task<HttpResponseMessage> PostSignedAsync(byte[] body) =>
        Http.PostInboundAsync(body, SignedPosts.Signature(body, Host.InboundSigningSecret));
}

[CollectionDefinition(Name)]
public sealed class OnLocalHost : ICollectionFixture<SecurityHost>
{
    public const string Name = "Security: the local host on Azurite";
}
