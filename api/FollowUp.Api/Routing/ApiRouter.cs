using FollowUp.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace FollowUp.Api.Routing;

/// <summary>
/// Runs a route of the table for a host: the local host for every mapped endpoint, the Functions
/// app from each HTTP trigger. Scoped, so handlers resolve from the request's services.
/// </summary>
public sealed class ApiRouter(IServiceProvider services)
{
    /// <param name="routeValues">The template's values as the host bound them (Functions binds them as trigger parameters).</param>
    public Task<ApiAnswer> InvokeAsync(string routeName, HttpRequest request, DurableTaskClient durable, CancellationToken cancellationToken, params (string Name, string Value)[] routeValues)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(routeValues);
        foreach (var (name, value) in routeValues)
        {
            request.RouteValues[name] = value;
        }

        var route = FollowUpRoutes.Find(routeName, request.Method);
        return route.InvokeAsync(services, new RouteCall(request, durable, cancellationToken));
    }
}
