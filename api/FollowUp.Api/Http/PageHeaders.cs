namespace FollowUp.Api.Http;

/// <summary>
/// Headers every HTML page carries: no sniffing, no framing (clickjacking a one-click opt-out), no
/// referrer (links carry signed tokens), and a content policy that allows only what the page needs.
/// </summary>
public static class PageHeaders
{
    /// <summary>For pages with no script: the opt-out pages.</summary>
    public static IReadOnlyDictionary<string, string> Static { get; } = With(
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

    /// <summary>For the listening page: no script, and the audio only from this app.</summary>
    public static IReadOnlyDictionary<string, string> Voice { get; } = NoStore(With(
        "default-src 'none'; media-src 'self'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"));

    /// <summary>
    /// For a script-free page whose form posts back to itself (the scheduling page). With
    /// <c>no-referrer</c> a browser sends <c>Origin: null</c> on the post, which a same-origin check must
    /// refuse; <c>same-origin</c> still keeps the signed link from leaving the site in a Referer.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SelfPostingForm { get; } = new Dictionary<string, string>(Static, StringComparer.OrdinalIgnoreCase)
    {
        ["Referrer-Policy"] = "same-origin",
        ["Cache-Control"] = "no-store",
    };

    /// <summary>For the interviewer's form: its own inline script and style, calls back to this API, and playing back its own recording (a blob: URL).</summary>
    public static IReadOnlyDictionary<string, string> Form { get; } = With(
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; media-src blob:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

    /// <summary>For the team's console: its own inline script (with the chart library) and style, and reads of this API.</summary>
    public static IReadOnlyDictionary<string, string> Admin { get; } = new Dictionary<string, string>(With(
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"), StringComparer.OrdinalIgnoreCase)
    {
        // The language follows Accept-Language: a cache must keep one copy per language.
        ["Vary"] = "Accept-Language",
        ["Cache-Control"] = "no-store",
    };

    /// <summary>Pages that act on a signed link are never served from a cache.</summary>
    public static IReadOnlyDictionary<string, string> NoStore(IReadOnlyDictionary<string, string> headers) =>
        new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase) { ["Cache-Control"] = "no-store" };

    private static Dictionary<string, string> With(string contentSecurityPolicy) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["Content-Security-Policy"] = contentSecurityPolicy,
        ["Referrer-Policy"] = "no-referrer",
    };
}
