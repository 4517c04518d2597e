using FollowUp.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace FollowUp.Functions.Http;

/// <summary>The Functions app's one response writer: every trigger's answer goes through <see cref="ApiAnswerWriter"/>.</summary>
internal sealed class ApiAnswerResult(ApiAnswer answer) : IActionResult
{
    public ApiAnswer Answer { get; } = answer;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ApiAnswerWriter.WriteAsync(context.HttpContext.Response, Answer, context.HttpContext.RequestAborted);
    }
}
