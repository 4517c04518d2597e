using FollowUp.Orchestrations.Operations.Erasure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary><c>DELETE /api/candidates/{email}</c>: erasure of a candidate's personal data.</summary>
public sealed class CandidatesApi(CandidateErasure erasure)
{
    [Function("EraseCandidate")]
    public async Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "candidates/{email}")] HttpRequest request,
        string email,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiAnswerResult.From(await erasure.EraseAsync(durable, email, cancellationToken), request.HttpContext.Response);
    }
}
