using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace FollowUp.Api.Routing;

/// <summary>
/// One request as every handler sees it, whichever host received it. The durable client travels with
/// it because Functions binds the client per invocation rather than through DI.
/// </summary>
public sealed record RouteCall(HttpRequest Request, DurableTaskClient Durable, CancellationToken CancellationToken)
{
    /// <summary>A value of the route template, e.g. <c>id</c> of <c>interviews/{id}</c>.</summary>
    public string RouteValue(string name) =>
        Request.RouteValues.TryGetValue(name, out var value) && value?.ToString() is { } text
            ? text
            : throw new InvalidOperationException($"The route value '{name}' was not bound; the host must map the route's template.");

    public string? Query(string name) => Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    public string? Header(string name) => Request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
