using FollowUp.Orchestrations.Operations.OptOut;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary>
/// <c>GET</c> (the link) and <c>POST</c> (RFC 8058 one-click) <c>/api/opt-out?token=…</c>: anonymous,
/// since candidates and mail providers have no key; the signed token is the authority.
/// </summary>
public sealed class OptOutApi(CandidateOptOut optOut)
{
    [Function("OptOut")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "opt-out")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = request.Query["token"].ToString();
        return ApiAnswerResult.From(await optOut.OptOutAsync(durable, token, cancellationToken), request.HttpContext.Response);
    }
}
