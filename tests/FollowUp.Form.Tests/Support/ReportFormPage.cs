using System.Globalization;
using Microsoft.Playwright;

namespace FollowUp.Form.Tests.Support;

/// <summary>The report form as the tests operate it: by the ids and <c>data-field</c> wrappers of the page.</summary>
public sealed class ReportFormPage(IPage page, TimeZoneInfo browserZone)
{
    public IPage Page { get; } = page;

    public TimeZoneInfo BrowserZone { get; } = browserZone;

    public ILocator Field(string path) => Page.Locator($"[data-field='{path}']");

    public ILocator ErrorOf(string path) => Field(path).Locator(".field-error");

    public async Task OpenAsync(string query = "")
    {
        await Page.GotoAsync("/api/form" + query);
        await Page.WaitForSelectorAsync("html[data-ready='true']");
    }

    /// <summary>Clicks the reaction's card, as a person does (the radio itself is visually hidden).</summary>
    public Task ChooseAsync(string reaction) => Page.Locator($"label.choice:has(input[value='{reaction}'])").ClickAsync();

    /// <summary>The value a person types into a datetime-local input for an instant, in the browser's time zone.</summary>
    public string LocalInput(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, BrowserZone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public async Task FillBasicsAsync(string reaction, string candidateName, string candidateEmail)
    {
        await Page.Locator("#interviewed-at").FillAsync(LocalInput(DateTimeOffset.UtcNow.AddHours(-1)));
        await ChooseAsync(reaction);
        await Page.Locator("#candidate-name").FillAsync(candidateName);
        await Page.Locator("#candidate-email").FillAsync(candidateEmail);
        await Page.Locator("#owner-name").FillAsync("佐藤 健");
        await Page.Locator("#owner-email").FillAsync("ken.sato@example.co.jp");
    }

    public async Task SetInterviewIdAsync(string interviewId)
    {
        if (await Page.Locator("#advanced").GetAttributeAsync("open") is null)
        {
            await Page.Locator("#advanced > summary").ClickAsync();
        }

        await Page.Locator("#interview-id").FillAsync(interviewId);
    }

    public Task SubmitAsync() => Page.Locator("#submit").ClickAsync();

    public Task<string> ConfirmedIdAsync() => Page.Locator("#confirm-id").InnerTextAsync();
}
