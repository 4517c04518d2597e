using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FollowUp.Testing;

/// <summary>Reports as the form posts them, and the status route as an admin reads it.</summary>
public static class Reports
{
    public static JsonObject Report(string interviewId, string reaction) => new()
    {
        ["interviewId"] = interviewId,
        ["interviewedAt"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"),
        ["reaction"] = reaction,
        ["candidate"] = new JsonObject { ["name"] = "佐藤 花子", ["email"] = $"{interviewId}@example.com", ["locale"] = "ja", ["timeZone"] = "Asia/Tokyo" },
        ["owner"] = new JsonObject { ["name"] = "山根 健", ["email"] = "owner@example.co.jp" },
        ["feedback"] = new JsonObject
        {
            ["positive"] = new JsonArray("決済基盤の移行を分かりやすく説明してくださった点"),
            ["improve"] = new JsonArray("成果を数字で示すと伝わりやすくなります"),
            ["prepare"] = new JsonArray("設計したシステムを一つ説明できるように"),
        },
    };

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient http, JsonObject report) =>
        await http.PostAsJsonAsync(new Uri("/api/interviews", UriKind.Relative), report);

    public static async Task<JsonElement> StatusAsync(this HttpClient http, string interviewId)
    {
        using var response = await http.GetAsync(new Uri($"/api/interviews/{interviewId}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public static async Task<JsonElement> WaitForStatusAsync(this HttpClient http, string interviewId, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        JsonElement last = default;
        while (!deadline.IsCancellationRequested)
        {
            // A 503 while storage restarts is an answer to wait through, not a failure.
            using var response = await http.GetAsync(new Uri($"/api/interviews/{interviewId}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                last = (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
                if (condition(last))
                {
                    return last;
                }
            }

            await Task.Delay(250, CancellationToken.None);
        }

        throw new TimeoutException($"Status of {interviewId} never met the condition; last: {last}");
    }

    public static string Text(this JsonElement status, string property) =>
        status.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
