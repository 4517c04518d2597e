using FollowUp.Orchestrations.Operations.Cancellation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary><c>DELETE /api/interviews/{id}</c>.</summary>
public sealed class InterviewCancellationApi(InterviewCancellation cancellation)
{
    [Function("CancelInterview")]
    public async Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "interviews/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiAnswerResult.From(await cancellation.CancelAsync(durable, id, cancellationToken), request.HttpContext.Response);
    }
}
