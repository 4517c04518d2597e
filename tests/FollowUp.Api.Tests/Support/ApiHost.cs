using System.Text;
using System.Text.Json;
using FollowUp.Api;
using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Email;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Api.Tests.Support;

/// <summary>
/// The route services on a real in-process durable runtime running the production orchestration,
/// with the real token signing of FollowUp.Email and the email port recorded. One per test class.
/// The mail providers' routes are off here, as in a deployment that sets none of their settings.
/// </summary>
public class ApiHost : IAsyncLifetime
{
    public const string InboundSecret = "inbound-test-secret-0123456789abcdef";

    private readonly IConfiguration _configuration;

    public ApiHost()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Settings on top of <see cref="Configuration"/>.</param>
    protected ApiHost(IReadOnlyDictionary<string, string?> settings) =>
        _configuration = new ConfigurationBuilder().AddConfiguration(Configuration).AddInMemoryCollection(settings).Build();

    /// <summary>Durations long enough that nothing fires during a test; a case stays open for late replies.</summary>
    public static FollowUpPolicy WaitingPolicy { get; } = Reports.FastPolicy with
    {
        ReplyWindow = IsoDuration.Parse("PT10M"),
        NoResponseWindow = IsoDuration.Parse("PT10M"),
        NurtureAfter = IsoDuration.Parse("PT10M"),
        BookingWindow = IsoDuration.Parse("PT10M"),
        KeepOpenFor = IsoDuration.Parse("PT10M"),
    };

    private PlaybookHost? _host;

    public PlaybookHost Playbook => _host ?? throw new InvalidOperationException("The host has not started.");

    public DurableTaskClient Client => Playbook.Client;

    public RecordingEmailDispatcher Emails => Playbook.Emails;

    public ReplyTokens Tokens => Get<ReplyTokens>();

    public ITimeline Timeline => Get<ITimeline>();

    public ITalentPool TalentPool => Get<ITalentPool>();

    public IInterviewStore Interviews => Get<IInterviewStore>();

    public static IConfiguration Configuration { get; } = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FollowUp:Tokens:SigningKey"] = "token-test-signing-key-0123456789abcdef",
            ["FollowUp:Inbound:SigningSecret"] = InboundSecret,
            ["FollowUp:Email:ReplyAddress"] = "replies@followup.example",
            ["FollowUp:Email:From"] = "FollowUp <noreply@followup.example>",
            ["FollowUp:PublicBaseUrl"] = "https://followup.example",
        })
        .Build();

    public virtual async Task InitializeAsync() =>
        _host = await PlaybookHost.StartAsync(configure: services =>
        {
            services.AddFollowUpApi(_configuration);
            services.AddFollowUpEmail(_configuration);
            Configure(services, _configuration);
        });

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>For a host that puts something else in, e.g. the table stores.</summary>
    protected virtual void Configure(IServiceCollection services, IConfiguration configuration)
    {
    }

    public T Get<T>()
        where T : notnull => Playbook.Services.GetRequiredService<T>();

    /// <summary>Starts a follow-up and waits until its same-day email went out and it is waiting.</summary>
    public async Task<InterviewReport> StartWaitingAsync(Reaction reaction = Reaction.Considering, string? email = null, string locale = Locales.Japanese, FollowUpPolicy? policy = null)
    {
        var report = Reports.Report(reaction);
        report = report with
        {
            Candidate = report.Candidate with { Email = email ?? report.Candidate.Email, Locale = locale },
        };
        await Playbook.StartFollowUpAsync(report, policy ?? WaitingPolicy);
        await Playbook.WaitForStatusAsync(report.InterviewId, s => s.NextAction is not null);
        return report;
    }

    public async Task<InterviewReport> StartFinishedAsync()
    {
        var report = Reports.Report(Reaction.Declined);
        await Playbook.StartFollowUpAsync(report, Reports.FastPolicy);
        await Playbook.WaitForCompletionAsync(report.InterviewId);
        return report;
    }

    /// <summary>The reply emails the owner received for <paramref name="interviewId"/>, in order.</summary>
    public IReadOnlyList<CandidateReply> RepliesForwarded(string interviewId) =>
        Emails.Sent
            .Where(s => s.Order.Kind == EmailKind.OwnerReplyReceived && s.Order.InterviewId == interviewId)
            .Select(s => s.Order.Details.Reply!)
            .ToArray();

    public async Task<IReadOnlyList<CandidateReply>> WaitForRepliesAsync(string interviewId, int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (RepliesForwarded(interviewId).Count < count)
        {
            await Task.Delay(50, deadline.Token);
        }

        return RepliesForwarded(interviewId);
    }

    /// <summary>Calls a route of the table the way either host would: a request with this body, query and headers.</summary>
    public async Task<ApiAnswer> CallAsync(string route, string method, byte[]? body = null, string? query = null, IReadOnlyDictionary<string, string>? headers = null, params (string Name, string Value)[] routeValues)
    {
        await using var scope = Playbook.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(body ?? []);
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        return await scope.ServiceProvider.GetRequiredService<ApiRouter>().InvokeAsync(route, context.Request, Client, CancellationToken.None, routeValues);
    }

    /// <summary>Posts <paramref name="body"/> to a route as a provider would: its content type, its headers, and (unless told otherwise) its length declared.</summary>
    public Task<ApiAnswer> PostAsync(string route, byte[] body, string contentType, IReadOnlyDictionary<string, string>? headers = null, bool declareLength = true)
    {
        ArgumentNullException.ThrowIfNull(body);
        return PostAsync(route, new MemoryStream(body), declareLength ? body.Length : null, contentType, headers);
    }

    /// <summary>Posts a body stream with whatever Content-Length the sender declares (none: chunked).</summary>
    public async Task<ApiAnswer> PostAsync(string route, Stream body, long? contentLength, string contentType, IReadOnlyDictionary<string, string>? headers = null, string? query = null, params (string Name, string Value)[] routeValues)
    {
        await using var scope = Playbook.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = contentLength;
        context.Request.Body = body;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        return await scope.ServiceProvider.GetRequiredService<ApiRouter>().InvokeAsync(route, context.Request, Client, CancellationToken.None, routeValues);
    }

    public Task<ApiAnswer> ChangeReactionAsync(string interviewId, byte[] body) =>
        CallAsync(RouteNames.ChangeReaction, HttpMethods.Post, body, routeValues: ("id", interviewId));

    public Task<ApiAnswer> GetAsync(string interviewId) =>
        CallAsync(RouteNames.GetInterview, HttpMethods.Get, routeValues: ("id", interviewId));

    public Task<ApiAnswer> RetryAsync(string interviewId) =>
        CallAsync(RouteNames.RetryInterview, HttpMethods.Post, routeValues: ("id", interviewId));

    public Task<ApiAnswer> ConfirmDateAsync(string interviewId) =>
        CallAsync(RouteNames.ConfirmInterviewDate, HttpMethods.Post, routeValues: ("id", interviewId));

    public Task<ApiAnswer> CancelAsync(string interviewId) =>
        CallAsync(RouteNames.CancelInterview, HttpMethods.Delete, routeValues: ("id", interviewId));

    /// <summary>Opts out as the page's button or a mail client's RFC 8058 one-click does: a POST.</summary>
    public Task<ApiAnswer> OptOutAsync(string? token) =>
        CallAsync(RouteNames.OptOut, HttpMethods.Post, ApiHost.Utf8("List-Unsubscribe=One-Click"), query: token is null ? null : "?token=" + Uri.EscapeDataString(token));

    /// <summary>What opening the link shows: the confirmation page, nothing done yet.</summary>
    public Task<ApiAnswer> OptOutPageAsync(string? token) =>
        CallAsync(RouteNames.OptOut, HttpMethods.Get, query: token is null ? null : "?token=" + Uri.EscapeDataString(token));

    /// <summary><c>POST /api/erasure-requests</c> with the address in the body.</summary>
    public Task<ApiAnswer> EraseAsync(string email) =>
        CallAsync(RouteNames.RequestErasure, HttpMethods.Post, Utf8(JsonSerializer.Serialize(new { email })));

    /// <summary><c>GET</c> of the Location an erasure request answered with.</summary>
    public Task<ApiAnswer> ErasureStatusAsync(string requestId) =>
        CallAsync(RouteNames.GetErasureRequest, HttpMethods.Get, routeValues: ("id", requestId));

    public Task<ApiAnswer> ReceiveInboundAsync(byte[] body, string? signature) =>
        CallAsync(RouteNames.ReceiveInboundEmail, HttpMethods.Post, body, headers: signature is null ? null : new Dictionary<string, string> { [InboundSignature.HeaderName] = signature });

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    public static JsonElement Json(ApiAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var document = JsonDocument.Parse(answer.Body);
        return document.RootElement.Clone();
    }
}
