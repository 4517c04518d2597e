using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Pages;

/// <summary>
/// The team's console (<c>GET /api/admin</c>): one HTML page that reads only the JSON routes, in Japanese or
/// English by <c>Accept-Language</c> (and a switch on the page). Chart.js, the charts' library, is embedded in
/// the assembly and inlined into the page, so the page works with no network beyond this app.
/// </summary>
public static class AdminConsole
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string PageResource = "FollowUp.Api.Pages.admin-console.html";
    private const string ChartResource = "FollowUp.Api.Pages.vendor.chart.umd.min.js";
    private const string ChartPlaceholder = "<!--CHART_JS-->";
    private const string LanguagePlaceholder = "__LANG__";

    private static readonly Lazy<string> Page = new(() =>
        Read(PageResource).Replace(ChartPlaceholder, "<script>\n" + Read(ChartResource) + "\n</script>", StringComparison.Ordinal));

    public static string Html(string language) => Page.Value.Replace(LanguagePlaceholder, language, StringComparison.Ordinal);

    /// <summary>ja or en, whichever the browser ranks higher; Japanese when it names neither.</summary>
    public static string LanguageFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var tag in ranked)
        {
            if (tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase))
            {
                return "ja";
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return "ja";
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(AdminConsole).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
