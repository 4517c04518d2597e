using FollowUp.Orchestrations.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary>The report routes of DESIGN §2: bind, call the intake, map the result.</summary>
public sealed class InterviewsApi(InterviewIntake intake)
{
    [Function("SubmitInterview")]
    public async Task<IActionResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "interviews")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await RequestBody.ReadLimitedAsync(request.Body, ReportLimits.MaxBodyBytes, cancellationToken);
        var result = await intake.SubmitAsync(durable, body, cancellationToken);
        return ApiAnswerResult.From(InterviewAnswers.ForSubmission(result), request.HttpContext.Response);
    }

    [Function("GetInterview")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "interviews/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = await intake.GetStatusAsync(durable, id, cancellationToken);
        return ApiAnswerResult.From(InterviewAnswers.ForStatus(id, status), request.HttpContext.Response);
    }
}
