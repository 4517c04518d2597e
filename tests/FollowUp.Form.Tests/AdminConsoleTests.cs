using System.Net.Http;
using System.Text;
using System.Text.Json;
using FollowUp.Form.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Form.Tests;

/// <summary>
/// The team's console (<c>GET /api/admin</c>) in a real browser over cases reported through the API: the
/// case table and its filters, a case's timeline, the charts, in Japanese and English.
/// </summary>
[Collection(FormSiteDefinition.Name)]
public sealed class AdminConsoleTests(FormSite site) : IAsyncLifetime
{
    private const string Owner = "console.owner@company.example";
    private const string OtherOwner = "console.other@company.example";

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(15_000);
        await SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_console_filters_cases_opens_a_timeline_and_draws_the_figures_in_japanese()
    {
        await using var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl.ToString(), Locale = "ja-JP", TimezoneId = "Asia/Tokyo", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { failures.Add(message.Text); } };

        await page.GotoAsync("/api/admin");
        await page.Locator("#f-owner").FillAsync(Owner);
        await page.Locator("#f-owner").DispatchEventAsync("change");
        await Expect(page.Locator("#case-rows tr")).ToHaveCountAsync(3);
        await page.Locator("#f-stage").SelectOptionAsync("declined");
        await Expect(page.Locator("#case-rows tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#case-rows tr").First).ToContainTextAsync("辞退");
        await page.Locator("#case-rows tr").First.ClickAsync();
        await Expect(page.Locator("#timeline li[data-kind='emailSent']").First).ToBeVisibleAsync();
        await Expect(page.Locator("#case-view")).ToContainTextAsync("タイムライン");
        await Screenshot(page, "admin-console-case-ja.png");
        await page.Locator("#tab-figures").ClickAsync();
        await Expect(page.Locator("[data-figure='reports'] b")).Not.ToHaveTextAsync("0");

        Assert.True(await page.EvaluateAsync<bool>("() => !!Chart.getChart('chart-owners') && Chart.getChart('chart-owners').data.labels.length > 0"));
        Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart('chart-reactions').data.datasets[0].data.length > 0"));
        Assert.True(await CanvasHasInkAsync(page, "chart-owners"));
        await Screenshot(page, "admin-console-ja.png");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_console_speaks_english_to_an_english_browser_and_switches_to_japanese()
    {
        await using var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl.ToString(), Locale = "en-US", TimezoneId = "Asia/Tokyo", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/api/admin");
        await page.Locator("#f-owner").FillAsync(Owner);
        await page.Locator("#f-owner").DispatchEventAsync("change");
        await Expect(page.Locator("#case-rows tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#tab-cases")).ToHaveTextAsync("Cases");
        await Screenshot(page, "admin-console-en.png");
        var servedInEnglish = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        await page.Locator("#lang-ja").ClickAsync();

        Assert.Equal("en", servedInEnglish);
        await Expect(page.Locator("#tab-cases")).ToHaveTextAsync("ケース一覧");
        Assert.Equal("ja", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_another_host()
    {
        await using var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(site.BaseUrl.ToString(), StringComparison.Ordinal)) { elsewhere.Add(request.Url); } };

        await page.GotoAsync("/api/admin");
        await page.Locator("#tab-figures").ClickAsync();
        await Expect(page.Locator("[data-figure='reports']")).ToBeVisibleAsync();

        Assert.Empty(elsewhere);
    }

    private async Task SeedAsync()
    {
        using var http = new HttpClient { BaseAddress = site.BaseUrl };
        var existing = await http.GetStringAsync($"/api/interviews?owner={Owner}");
        if (JsonDocument.Parse(existing).RootElement.GetProperty("items").GetArrayLength() > 0)
        {
            return;
        }

        var reports = new[]
        {
            ("considering", "佐藤 花子", Owner, "awaitingReply"),
            ("undecided", "鈴木 一郎", Owner, "nurturing"),
            ("declined", "高橋 美咲", Owner, "declined"),
            ("considering", "Emma Clarke", OtherOwner, "awaitingReply"),
        };
        foreach (var (reaction, name, owner, _) in reports)
        {
            var body = $$"""
                {
                  "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-2):O}}",
                  "reaction": "{{reaction}}",
                  "candidate": { "name": "{{name}}", "email": "{{Guid.NewGuid():N}}@example.com", "locale": "ja", "timeZone": "Asia/Tokyo",
                                 "profiles": [ { "network": "LinkedIn", "url": "https://www.linkedin.com/in/example" } ] },
                  "owner": { "name": "{{(owner == Owner ? "山根 健" : "Olivia Brown")}}", "email": "{{owner}}" },
                  "feedback": { "positive": ["決済基盤の移行を分かりやすく説明してくださった点"], "improve": ["成果を数字で示すと伝わりやすくなります"], "prepare": ["設計したシステムを10分で説明できるように"] }
                }
                """;
            using var answer = await http.PostAsync("/api/interviews", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var stage in new[] { "awaitingReply", "nurturing", "declined" })
        {
            while (JsonDocument.Parse(await http.GetStringAsync($"/api/interviews?owner={Owner}&stage={stage}", deadline.Token)).RootElement.GetProperty("items").GetArrayLength() == 0)
            {
                await Task.Delay(100, deadline.Token);
            }
        }
    }

    private static Task<bool> CanvasHasInkAsync(IPage page, string id) =>
        page.EvaluateAsync<bool>(
            "id => { const c = document.getElementById(id); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }",
            id);

    private static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = TestResultPath(name), FullPage = true });

    private static string TestResultPath(string name) => Support.TestResults.PathFor(name);
}
