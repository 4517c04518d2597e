using System.Diagnostics;
using FollowUp.Api.Http;
using FollowUp.Orchestrations.Telemetry;

namespace FollowUp.Api.Routing;

/// <summary>One line of the route table: what a host maps, what a Functions trigger calls, what the OpenAPI document lists.</summary>
/// <param name="Name">Function name, endpoint name and operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Template">Below <see cref="RouteTemplates.Prefix"/>, without a leading slash.</param>
/// <param name="Handler">Resolves its endpoint class from the request's services and answers.</param>
public sealed record ApiRoute(string Name, string Method, string Template, RouteAccess Access, string Summary, Func<IServiceProvider, RouteCall, Task<ApiAnswer>> Handler)
{
    /// <summary>The path as clients see it, e.g. <c>/api/interviews/{id}</c>.</summary>
    public string Path => $"{RouteTemplates.Prefix}/{Template}";

    /// <summary>
    /// Runs the handler inside the route's span, the first span of FollowUp's own in a request's trace
    /// (under the host's HTTP span). Only the interview id of the path is tagged: the erasure route's
    /// path holds an address and is never recorded.
    /// </summary>
    public async Task<ApiAnswer> InvokeAsync(IServiceProvider services, RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var span = FollowUpTelemetry.Source.StartActivity(SpanNames.Route(Name));
        if (span is not null)
        {
            span.SetTag(TelemetryAttributes.Route, Name);
            span.SetTag("http.request.method", Method);
            span.SetTag("http.route", Path);
            if (call.Request.RouteValues.TryGetValue("id", out var id) && id is string interviewId)
            {
                span.SetTag(TelemetryAttributes.InterviewId, interviewId);
            }
        }

        try
        {
            var answer = await Handler(services, call).ConfigureAwait(false);
            span?.SetTag("http.response.status_code", answer.StatusCode);
            return answer;
        }
        catch (Exception failure)
        {
            span?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            throw;
        }
    }
}
