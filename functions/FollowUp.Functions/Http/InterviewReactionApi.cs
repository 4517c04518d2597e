using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations.Reactions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary><c>POST /api/interviews/{id}/reaction</c>.</summary>
public sealed class InterviewReactionApi(InterviewReactions reactions)
{
    [Function("ChangeReaction")]
    public async Task<IActionResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "interviews/{id}/reaction")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await RequestBody.ReadLimitedAsync(request.Body, ReportLimits.MaxBodyBytes, cancellationToken);
        return ApiAnswerResult.From(await reactions.ChangeAsync(durable, id, body, cancellationToken), request.HttpContext.Response);
    }
}
