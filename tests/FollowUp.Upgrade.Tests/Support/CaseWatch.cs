using System.Net.Http.Json;
using System.Text.Json;

namespace FollowUp.Upgrade.Tests.Support;

/// <summary>Follows one case through the status route, as an admin would, until the runtime says it is over.</summary>
public static class CaseWatch
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The runtime statuses after which nothing of the case runs any more.</summary>
    public static bool IsFinal(string runtimeStatus) => runtimeStatus is "Completed" or "Failed" or "Terminated";

    /// <summary>
    /// The last status read: final, or whatever was there when <paramref name="deadline"/> ran out (the
    /// caller's assertions then say which case stalled and where), or null when none was ever read.
    /// </summary>
    public static async Task<JsonElement?> UntilFinalAsync(HttpClient http, string interviewId, CancellationToken deadline)
    {
        ArgumentNullException.ThrowIfNull(http);
        JsonElement? last = null;
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                // A 503 while the host takes over storage is an answer to wait through, not a failure.
                using var response = await http.GetAsync(new Uri($"/api/interviews/{interviewId}", UriKind.Relative), deadline);
                if (response.IsSuccessStatusCode)
                {
                    last = (await response.Content.ReadFromJsonAsync<JsonElement>(deadline)).Clone();
                    if (IsFinal(Text(last.Value, "runtimeStatus")))
                    {
                        return last;
                    }
                }

                await Task.Delay(PollInterval, deadline);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                break;
            }
            catch (HttpRequestException)
            {
                // The host is alive (it answered health at start); a refused request is retried.
            }
        }

        return last;
    }

    public static string Text(JsonElement status, string property) =>
        status.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    public static bool Flag(JsonElement status, string property) =>
        status.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
