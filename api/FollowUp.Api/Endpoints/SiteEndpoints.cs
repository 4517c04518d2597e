using FollowUp.Api.Http;
using FollowUp.Api.OpenApi;
using FollowUp.Api.Pages;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Operations;

namespace FollowUp.Api.Endpoints;

/// <summary>The routes about the app itself: the interviewer's form, the team's console, the API description, liveness.</summary>
public sealed class SiteEndpoints(HealthCheck health)
{
    public static Task<ApiAnswer> FormAsync() => Task.FromResult(new ApiAnswer(200, ReportForm.ContentType, ReportForm.Html) { Headers = PageHeaders.Form });

    public static Task<ApiAnswer> AdminAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Task.FromResult(new ApiAnswer(200, AdminConsole.ContentType, AdminConsole.Html(AdminConsole.LanguageFor(call.Request))) { Headers = PageHeaders.Admin });
    }

    public static Task<ApiAnswer> OpenApiAsync() => Task.FromResult(new ApiAnswer(200, ApiAnswer.Json, OpenApiDocument.Json));

    public async Task<ApiAnswer> HealthAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var report = await health.CheckAsync(call.Durable, call.CancellationToken).ConfigureAwait(false);
        return ApiAnswer.Ok(report, report.IsHealthy ? 200 : 503);
    }
}
