using FollowUp.Api.Http;

namespace FollowUp.LocalHost;

/// <summary>
/// Locally every route is open on loopback, so a page on another site open in the same browser could
/// post to it. A browser names the page's origin on every cross-origin write; anything that changes
/// state from another origin is refused. Requests without an Origin (curl, mail providers) pass.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !IsSameOrigin(origin, request))
        {
            await ApiAnswerWriter.WriteAsync(
                context.Response,
                ApiAnswer.Problem(403, "Cross-site request refused.", "The local host takes writes only from its own pages or from clients that send no Origin."),
                context.RequestAborted);
            return;
        }

        await next(context);
    }

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
