using FollowUp.Api.Http;

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
}
