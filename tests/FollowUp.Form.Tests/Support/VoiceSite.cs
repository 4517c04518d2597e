using FollowUp.Api;
using FollowUp.Api.Routing;
using FollowUp.Email;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage;
using FollowUp.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace FollowUp.Form.Tests.Support;

/// <summary>
/// Voice feedback end to end in a browser: the form, the upload, the report, the real email written to a
/// pickup folder, and the candidate's listening page, over the production route table, the real email
/// library and Blob and Table Storage on Azurite. Chromium gets a fake microphone that plays a tone.
/// </summary>
public sealed class VoiceSite : IAsyncLifetime
{
    private AzuriteServer? _azurite;
    private DurableTaskTestHost? _durable;
    private WebApplication? _web;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the server listens; also the emails' public base URL, so their links open here.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public string PickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "followup-voice-" + Guid.NewGuid().ToString("N"));

    public Outbox Outbox => new(PickupDirectory);

    public IBrowser Browser => _browser!;

    public ITimeline Timeline => _durable!.Services.GetRequiredService<ITimeline>();

    public IVoiceRecordings Recordings => _durable!.Services.GetRequiredService<IVoiceRecordings>();

    public async Task InitializeAsync()
    {
        if (!File.Exists(FormSite.ChromiumPath))
        {
            throw new InvalidOperationException($"{FormSite.ChromiumPath} is missing: run scripts/ensure-browser.sh first.");
        }

        _azurite = await AzuriteServer.StartAsync();
        var port = FormSite.FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _azurite.ConnectionString,
                ["FollowUp:Storage:TablePrefix"] = "Voice" + Guid.NewGuid().ToString("N")[..12],
                ["FollowUp:Inbound:SigningSecret"] = "voice-tests-inbound-secret-0123456789",
                ["FollowUp:Privacy:AddressHashKey"] = "voice-tests-address-hash-key-0123456789",
                ["FollowUp:Tokens:SigningKey"] = "voice-tests-token-signing-key-0123456789",
                ["FollowUp:Email:Transport"] = "Pickup",
                ["FollowUp:Email:PickupDirectory"] = PickupDirectory,
                ["FollowUp:Email:From"] = "ミライワークス採用チーム <recruit@mirai-works.example.jp>",
                ["FollowUp:Email:ReplyAddress"] = "replies@mirai-works.example.jp",
                ["FollowUp:PublicBaseUrl"] = BaseUrl.ToString(),
                // The same-day email goes out whenever the test runs, not only in the candidate's daytime.
                ["FollowUp:Policy:SendWindow"] = "00:00-23:59",
            })
            .Build();

        var quiet = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _durable = await DurableTaskTestHost.StartAsync(
            registry => registry.AddFollowUpTasks(),
            new DurableTaskTestHostOptions
            {
                Port = FormSite.FreePort(),
                LoggerFactory = quiet,
                ConfigureServices = services =>
                {
                    services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
                    services.AddFollowUpApi(configuration);
                    services.AddFollowUpEmail(configuration);
                    services.AddFollowUpTableStorage(configuration);
                },
            });

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(BaseUrl.ToString());
        _web = builder.Build();
        FormSite.MapRoutes(_web, _durable, RouteNames.ReportForm, RouteNames.SubmitInterview, RouteNames.GetInterview, RouteNames.UploadVoice, RouteNames.VoicePage, RouteNames.VoiceAudio);
        await _web.StartAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = FormSite.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await FormSite.StopAsync(_browser, _playwright, _web, _durable);

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (Directory.Exists(PickupDirectory))
        {
            Directory.Delete(PickupDirectory, recursive: true);
        }
    }

    /// <summary>A fresh context allowed the microphone, as an interviewer who pressed "allow".</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "ja-JP")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            TimezoneId = "Asia/Tokyo",
            Locale = locale,
            ViewportSize = new() { Width = 420, Height = 900 },
            DeviceScaleFactor = 1,
        });
        await context.GrantPermissionsAsync(["microphone"], new() { Origin = BaseUrl.GetLeftPart(UriPartial.Authority) });
        return context;
    }
}

[CollectionDefinition(Name)]
public sealed class VoiceSiteDefinition : ICollectionFixture<VoiceSite>
{
    public const string Name = "Voice feedback in a browser";
}
