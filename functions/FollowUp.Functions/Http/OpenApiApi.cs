using FollowUp.Orchestrations.Operations.ApiDescription;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Http;

/// <summary><c>GET /api/openapi.json</c>: behind the function key, since it maps the keyed routes.</summary>
public static class OpenApiApi
{
    [Function("OpenApi")]
    public static IActionResult Get([HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi.json")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiAnswerResult.From(OpenApiDocument.Answer(), request.HttpContext.Response);
    }
}
