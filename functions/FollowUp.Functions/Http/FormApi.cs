using FollowUp.Orchestrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Http;

/// <summary><c>GET /api/form</c>: the interviewer's report form, behind the function key like the route it posts to.</summary>
public static class FormApi
{
    [Function("ReportForm")]
    public static IActionResult Get([HttpTrigger(AuthorizationLevel.Function, "get", Route = "form")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiAnswerResult.From(ReportForm.Answer(), request.HttpContext.Response);
    }
}
