using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Api.Telemetry;
using FollowUp.Email;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FollowUp.Api.Tests.Support;

/// <summary>
/// The production composition on the in-process durable runtime: the route table, the playbook, the
/// real email library sending over ACS's REST API to a loopback stand-in, and the telemetry both hosts
/// add (<see cref="TelemetryServiceCollectionExtensions.AddFollowUpTelemetry"/>), exported to memory.
/// </summary>
internal sealed class TelemetryHost : IAsyncDisposable
{
    private static readonly byte[] AcsKey = RandomNumberGenerator.GetBytes(32);

    private readonly List<Activity> _spans;
    private readonly List<MetricSnapshot> _metrics;

    private TelemetryHost(PlaybookHost playbook, FakeAcsServer acs, List<Activity> spans, List<MetricSnapshot> metrics, CapturedLogs logs)
    {
        Playbook = playbook;
        Acs = acs;
        _spans = spans;
        _metrics = metrics;
        Logs = logs;
    }

    public PlaybookHost Playbook { get; }

    public FakeAcsServer Acs { get; }

    public CapturedLogs Logs { get; }

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
            {
                return _spans.ToArray();
            }
        }
    }

    /// <param name="policy">FollowUp:Policy values, e.g. <c>ReplyWindow</c> = <c>PT3S</c>.</param>
    public static async Task<TelemetryHost> StartAsync(IReadOnlyDictionary<string, string> policy)
    {
        var acs = await FakeAcsServer.StartAsync(AcsKey);
        var settings = new Dictionary<string, string?>
        {
            ["FollowUp:Tokens:SigningKey"] = "token-test-signing-key-0123456789abcdef",
            ["FollowUp:Inbound:SigningSecret"] = ApiHost.InboundSecret,
            ["FollowUp:Email:Transport"] = "Acs",
            ["FollowUp:Email:Acs:ConnectionString"] = $"endpoint={acs.Endpoint};accesskey={Convert.ToBase64String(AcsKey)}",
            ["FollowUp:Email:Acs:PollInterval"] = "00:00:00.050",
            ["FollowUp:Email:Acs:MaxRetries"] = "0",
            ["FollowUp:Email:ReplyAddress"] = "replies@followup.example",
            ["FollowUp:Email:From"] = "FollowUp <noreply@followup.example>",
            ["FollowUp:PublicBaseUrl"] = "https://followup.example",
            ["FollowUp:Policy:SendWindow"] = "00:00-24:00",
        };
        foreach (var (key, value) in policy)
        {
            settings[$"FollowUp:Policy:{key}"] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        var logs = new CapturedLogs();
        var playbook = await PlaybookHost.StartAsync(configure: services =>
        {
            // The test host hands the worker a logger factory of its own; the app's logs must reach the providers registered here.
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            services.Replace(ServiceDescriptor.Singleton<ILoggerFactory, LoggerFactory>());
            services.AddFollowUpApi(configuration);

            // The real email library instead of the playbook tests' recorder.
            services.RemoveAll<IEmailDispatcher>();
            services.AddFollowUpEmail(configuration);

            services.AddFollowUpTelemetry(configuration)
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(metering => metering.AddInMemoryExporter(metrics));
        });
        return new TelemetryHost(playbook, acs, spans, metrics, logs);
    }

    /// <summary>Posts a report through the route table, as either host would; answers its interview id.</summary>
    public async Task<string> ReportAsync(string reaction, string? nextInterview = null)
    {
        var id = $"iv-otel-{reaction}-{Guid.NewGuid():N}"[..40];
        var body = $$"""
            {
              "interviewId": "{{id}}",
              "interviewedAt": "{{DateTimeOffset.UtcNow.AddMinutes(-30):O}}",
              "reaction": "{{reaction}}",
              "candidate": { "name": "{{Candidate.Name}}", "email": "{{Candidate.Email}}", "locale": "ja", "timeZone": "Asia/Tokyo" },
              "owner": { "name": "{{Owner.Name}}", "email": "{{Owner.Email}}" },
              {{(nextInterview is null ? "" : $"\"nextInterview\": {nextInterview},")}}
              "feedback": { "positive": ["決済基盤の移行を分かりやすく説明してくださった点"], "improve": ["成果を数字で示すと伝わりやすくなります"] }
            }
            """;
        var answer = await CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, ApiHost.Utf8(body));
        Assert.Equal(202, answer.StatusCode);
        return id;
    }

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

        return await scope.ServiceProvider.GetRequiredService<ApiRouter>().InvokeAsync(route, context.Request, Playbook.Client, CancellationToken.None, routeValues);
    }

    /// <summary>Waits until the spans satisfy <paramref name="condition"/>; spans are exported as they end.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForSpansAsync(Func<IReadOnlyList<Activity>, bool> condition, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!condition(Spans))
        {
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException("The expected spans never arrived; got: " + string.Join(", ", Spans.Select(s => s.DisplayName).Distinct()));
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return Spans;
    }

    /// <summary>Collects now and answers the latest point of each FollowUp metric (cumulative).</summary>
    public IReadOnlyList<MetricPoint> MetricPoints(string name)
    {
        Playbook.Services.GetRequiredService<MeterProvider>().ForceFlush();
        lock (_metrics)
        {
            var latest = _metrics.LastOrDefault(m => m.Name == name);
            return latest is null ? [] : latest.MetricPoints.ToArray();
        }
    }

    /// <summary>The sum of a counter's points whose tags include every one given.</summary>
    public long Count(string metric, params (string Key, string Value)[] tags) =>
        MetricPoints(metric).Where(p => HasTags(p, tags)).Sum(p => p.GetSumLong());

    public static bool HasTags(MetricPoint point, IEnumerable<(string Key, string Value)> tags)
    {
        var actual = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            actual[tag.Key] = tag.Value;
        }

        return tags.All(t => actual.TryGetValue(t.Key, out var value) && Equals(value?.ToString(), t.Value));
    }

    public static JsonElement Json(ApiAnswer answer) => ApiHost.Json(answer);

    public async ValueTask DisposeAsync()
    {
        await Playbook.DisposeAsync();
        await Acs.DisposeAsync();
    }

    public static class Candidate
    {
        public const string Name = "佐藤 花子";
        public const string Email = "hanako.sato@example.com";
    }

    public static class Owner
    {
        public const string Name = "山根 健";
        public const string Email = "yamane@example.co.jp";
    }
}
