using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowUp.Email.Tests.Support;

/// <summary>
/// A stand-in for the ACS Email REST API on a loopback port. It checks requests the way the
/// service does — the HMAC signature recomputed from the documented string to sign, the body's
/// required fields — and keeps the operations it accepted.
/// </summary>
internal sealed class FakeAcsServer : IAsyncDisposable
{
    public const string SendPath = "/emails:send";
    public const string OperationsPath = "/emails/operations/";

    private readonly WebApplication _app;
    private readonly byte[]? _accessKey;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _scriptedSendAnswers = new();

    private FakeAcsServer(WebApplication app, byte[]? accessKey)
    {
        _app = app;
        _accessKey = accessKey;
    }

    public ConcurrentDictionary<string, string> Operations { get; } = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The status a new operation reports when polled.</summary>
    public string FinalStatus { get; set; } = "Succeeded";

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeAcsServer> StartAsync(byte[]? accessKey = null, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var server = new FakeAcsServer(app, accessKey);
        app.Run(server.HandleAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Answers the next send with <paramref name="status"/> instead of accepting it.</summary>
    public void AnswerNextSendWith(int status, string? retryAfter = null) => _scriptedSendAnswers.Enqueue((status, retryAfter));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        Requests.Enqueue(new RecordedRequest(
            request.Method,
            target,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));

        if (_accessKey is not null && !SignatureIsValid(request, target, body))
        {
            await Error(context, 401, "Denied", "The HMAC signature does not match.");
            return;
        }

        if (request.Method == HttpMethods.Post && request.Path.Value == SendPath)
        {
            await SendAsync(context, body);
        }
        else if (request.Method == HttpMethods.Get && request.Path.StartsWithSegments(OperationsPath.TrimEnd('/'), out var rest))
        {
            await StatusAsync(context, rest.Value!.Trim('/'));
        }
        else
        {
            await Error(context, 404, "NotFound", "No such route.");
        }
    }

    private async Task SendAsync(HttpContext context, byte[] body)
    {
        if (_scriptedSendAnswers.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            await Error(context, scripted.Status, "Scripted", "Scripted answer.");
            return;
        }

        var schemaError = SchemaError(body);
        if (schemaError is not null)
        {
            await Error(context, 400, "InvalidRequest", schemaError);
            return;
        }

        var id = context.Request.Headers["Operation-Id"].ToString();
        if (!Guid.TryParse(id, out _))
        {
            await Error(context, 400, "InvalidOperationId", "Operation-Id must be a UUID.");
            return;
        }

        Operations[id] = FinalStatus;
        context.Response.StatusCode = 202;
        context.Response.Headers["Operation-Location"] = new Uri(Endpoint, $"emails/operations/{id}?api-version=2025-09-01").AbsoluteUri;
        context.Response.Headers.RetryAfter = "0";
        await context.Response.WriteAsJsonAsync(new { id, status = "Running" });
    }

    private async Task StatusAsync(HttpContext context, string id)
    {
        if (!Operations.TryGetValue(id, out var status))
        {
            await Error(context, 404, "NotFound", "Operation not found.");
            return;
        }

        context.Response.Headers.RetryAfter = "0";
        object answer = status == "Failed"
            ? new { id, status, error = new { code = "EmailDropped", message = "The recipient's server refused the message." } }
            : new { id, status };
        await context.Response.WriteAsJsonAsync(answer);
    }

    private bool SignatureIsValid(HttpRequest request, string target, byte[] body)
    {
        var date = request.Headers["x-ms-date"].ToString();
        var hash = request.Headers["x-ms-content-sha256"].ToString();
        if (hash != Convert.ToBase64String(SHA256.HashData(body)))
        {
            return false;
        }

        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent)
            || (DateTimeOffset.UtcNow - sent).Duration() > TimeSpan.FromMinutes(15))
        {
            return false;
        }

        // Recomputed from the documented scheme, independently of the client's policy.
        var stringToSign = $"{request.Method}\n{target}\n{date};{request.Host.Value};{hash}";
        var expected = Convert.ToBase64String(HMACSHA256.HashData(_accessKey!, Encoding.UTF8.GetBytes(stringToSign)));
        return request.Headers.Authorization.ToString() == $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={expected}";
    }

    private static string? SchemaError(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (!root.TryGetProperty("senderAddress", out var sender) || string.IsNullOrEmpty(sender.GetString()))
        {
            return "senderAddress is required.";
        }

        if (!root.TryGetProperty("recipients", out var recipients) || !recipients.TryGetProperty("to", out var to)
            || to.GetArrayLength() == 0 || string.IsNullOrEmpty(to[0].GetProperty("address").GetString()))
        {
            return "recipients.to[0].address is required.";
        }

        if (!root.TryGetProperty("content", out var content) || string.IsNullOrEmpty(content.GetProperty("subject").GetString()))
        {
            return "content.subject is required.";
        }

        if (!content.TryGetProperty("plainText", out _) && !content.TryGetProperty("html", out _))
        {
            return "content needs plainText or html.";
        }

        if (root.TryGetProperty("attachments", out var attachments))
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (!attachment.TryGetProperty("name", out _) || !attachment.TryGetProperty("contentType", out _)
                    || !attachment.TryGetProperty("contentInBase64", out _))
                {
                    return "attachments[] need name, contentType and contentInBase64.";
                }
            }
        }

        return null;
    }

    private static async Task Error(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { code, message } });
    }
}

internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body);
