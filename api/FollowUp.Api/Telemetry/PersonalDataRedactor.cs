using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace FollowUp.Api.Telemetry;

/// <summary>
/// Removes email addresses from the URL attributes of HTTP spans before export. No route takes an
/// address in its path (erasure takes it in the body), but a caller may still put one in a URL by
/// mistake, and instrumentation records request paths as they came. Query strings are already
/// redacted by the instrumentation.
/// </summary>
public sealed partial class PersonalDataRedactor : BaseProcessor<Activity>
{
    public const string Replacement = "{redacted}";

    private static readonly string[] UrlAttributes = ["url.path", "url.full", "http.target", "http.url", "url.original"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var name in UrlAttributes)
        {
            if (data.GetTagItem(name) is string value && Redact(value) is { } redacted)
            {
                data.SetTag(name, redacted);
            }
        }

        if (Redact(data.DisplayName) is { } name2)
        {
            data.DisplayName = name2;
        }
    }

    /// <summary>The text with every address replaced, or null when it holds none.</summary>
    public static string? Redact(string? text) =>
        text is not null && Address().IsMatch(text) ? Address().Replace(text, Replacement) : null;

    // A path segment or query value holding '@', raw or percent-encoded.
    [GeneratedRegex(@"[^/?&=#\s]+(?:@|%40)[^/?&=#\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
