using FollowUp.Testing;
using Microsoft.Playwright;

namespace FollowUp.Form.Tests.Support;

/// <summary>
/// A candidate's page tested as the candidate meets it: the local host as a process on Azurite
/// writes real emails into its pickup folder, and Chromium opens the links in them.
/// </summary>
public abstract class LocalHostBrowserTest : IAsyncLifetime
{
    private AzuriteServer? _azurite;
    private LocalHostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected LocalHostProcess Host => _host ?? throw new InvalidOperationException("The local host has not started.");

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _host = await LocalHostProcess.StartAsync(_azurite);
        _playwright = await Playwright.CreateAsync();
        _browser = await FormSite.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
