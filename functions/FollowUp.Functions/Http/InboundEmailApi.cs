using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary>
/// <c>POST /api/inbound-email</c>: anonymous at the Functions level because a mail provider's webhook
/// cannot carry a function key; the HMAC signature over the raw body is its authentication.
/// </summary>
public sealed class InboundEmailApi(InboundEmailReceiver receiver)
{
    [Function("ReceiveInboundEmail")]
    public async Task<IActionResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "inbound-email")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await RequestBody.ReadLimitedAsync(request.Body, InboundEmailLimits.MaxBodyBytes, cancellationToken);
        var signature = request.Headers[InboundSignature.HeaderName].ToString();
        return ApiAnswerResult.From(await receiver.ReceiveAsync(durable, body, signature, cancellationToken), request.HttpContext.Response);
    }
}
