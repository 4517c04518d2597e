using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using FollowUp.Api;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Emails;
using FollowUp.Testing.InMemory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace FollowUp.Form.Tests.Support;

/// <summary>
/// The form as an interviewer meets it: a real HTTP server on loopback serving <c>GET /api/form</c> and
/// the report routes of the production route table, over a real in-process durable runtime running
/// the production orchestration, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class FormSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ConcurrentQueue<SeenRequest> _requests = new();
    private DurableTaskTestHost? _durable;
    private WebApplication? _web;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RecordingEmailDispatcher Emails { get; } = new();

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public Uri FormUrl => new(BaseUrl, "/api/form");

    public DurableTaskClient Durable => _durable!.Client;

    public IBrowser Browser => _browser!;

    /// <summary>Every request the server received, with the function key (<c>code</c>) it carried.</summary>
    public IReadOnlyList<SeenRequest> Requests => _requests.ToArray();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/ensure-browser.sh first.");
        }

        var quiet = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _durable = await DurableTaskTestHost.StartAsync(
            registry => registry.AddFollowUpTasks(),
            new DurableTaskTestHostOptions
            {
                Port = FreePort(),
                LoggerFactory = quiet,
                ConfigureServices = services =>
                {
                    services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
                    services.AddFollowUpApi(new ConfigurationBuilder()
                        .AddInMemoryCollection(new Dictionary<string, string?>
                        {
                            ["FollowUp:Inbound:SigningSecret"] = "form-tests-inbound-secret-0123456789",
                            ["FollowUp:Privacy:AddressHashKey"] = "form-tests-address-hash-key-0123456789",
                        })
                        .Build());
                    services.AddInMemoryStores();
                    services.AddSingleton<IEmailDispatcher>(Emails);
                },
            });

        _web = BuildWeb(_durable);
        await _web.StartAsync();
        BaseUrl = new Uri(_web.Urls.Single());

        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless and quiet: no background traffic that could reach another host.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public Task DisposeAsync() => StopAsync(_browser, _playwright, _web, _durable);

    /// <summary>Stops what a site started, browser first, runtime last; any part may be missing after a failed start.</summary>
    internal static async Task StopAsync(IBrowser? browser, IPlaywright? playwright, WebApplication? web, DurableTaskTestHost? durable)
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (web is not null)
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }

        if (durable is not null)
        {
            await durable.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context (no cookies, no stored owner) in the given time zone.</summary>
    public Task<IBrowserContext> NewContextAsync(string timezoneId = "Asia/Tokyo", string locale = "ja-JP") =>
        Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            TimezoneId = timezoneId,
            Locale = locale,
            ViewportSize = new() { Width = 420, Height = 900 },
            DeviceScaleFactor = 1,
            HasTouch = true,
        });

    public int PostCount => Requests.Count(r => r.Method == "POST");

    private WebApplication BuildWeb(DurableTaskTestHost durable)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        app.Use(async (http, next) =>
        {
            _requests.Enqueue(new SeenRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.Query["code"].FirstOrDefault()));
            await next(http);
        });

        // The routes the form and the team's console use, answered by the route table's own handlers over the test runtime.
        MapRoutes(app, durable, RouteNames.ReportForm, RouteNames.SubmitInterview, RouteNames.GetInterview,
            RouteNames.AdminConsole, RouteNames.ListInterviews, RouteNames.ListTalentPool, RouteNames.SnoozeTalentPool, RouteNames.GetMetrics);
        return app;
    }

    /// <summary>Maps the named routes of the production table onto <paramref name="app"/>, each handled over the test runtime.</summary>
    internal static void MapRoutes(WebApplication app, DurableTaskTestHost durable, params string[] names)
    {
        foreach (var route in FollowUpRoutes.All.Where(r => names.Contains(r.Name)))
        {
            app.MapMethods(route.Path, [route.Method], async http =>
            {
                await using var scope = durable.Services.CreateAsyncScope();
                var answer = await route.Handler(scope.ServiceProvider, new RouteCall(http.Request, durable.Client, http.RequestAborted));
                await ApiAnswerWriter.WriteAsync(http.Response, answer, http.RequestAborted);
            });
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record SeenRequest(string Method, string Path, string? Code);

[CollectionDefinition(Name)]
public sealed class FormSiteDefinition : ICollectionFixture<FormSite>
{
    public const string Name = "Report form in a browser";
}
