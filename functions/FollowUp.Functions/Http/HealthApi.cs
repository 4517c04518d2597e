using FollowUp.Orchestrations.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary><c>GET /api/health</c>: anonymous, so a load balancer or uptime probe needs no key.</summary>
public sealed class HealthApi(HealthCheck health)
{
    [Function("Health")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiAnswerResult.From(await health.CheckAsync(durable, cancellationToken), request.HttpContext.Response);
    }
}
