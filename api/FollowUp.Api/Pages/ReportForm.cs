using System.Reflection;

namespace FollowUp.Api.Pages;

/// <summary>
/// The interviewer's report form (<c>GET /api/form</c>): one self-contained HTML page, Japanese and
/// English, that posts the report body of <c>POST /api/interviews</c>. Every host serves the same page.
/// </summary>
public static class ReportForm
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string ResourceName = "FollowUp.Api.Pages.report-form.html";

    private static readonly Lazy<string> Page = new(Load);

    /// <summary>The page, read once from the assembly's embedded resource.</summary>
    public static string Html => Page.Value;

    private static string Load()
    {
        using var stream = typeof(ReportForm).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(ReportForm).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
