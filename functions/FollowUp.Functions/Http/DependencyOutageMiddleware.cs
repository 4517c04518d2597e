using FollowUp.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace FollowUp.Functions.Http;

/// <summary>
/// Turns an exception escaping an HTTP trigger into the shared problem answer: 503 when storage or the
/// durable runtime did not answer (the client may retry), 500 otherwise — never the host's bare error page.
/// Durable triggers are left alone: their failures belong to the runtime's retry.
/// </summary>
internal sealed partial class DependencyOutageMiddleware(ILogger<DependencyOutageMiddleware> logger) : IFunctionsWorkerMiddleware
{
    private readonly ILogger _logger = logger;

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception failure) when (context.GetHttpContext() is { Response.HasStarted: false })
        {
            var answer = UnavailableAnswers.For(failure);
            LogFailed(context.FunctionDefinition.Name, answer.StatusCode, failure);
            await ApiAnswerWriter.WriteAsync(context.GetHttpContext()!.Response, answer, context.CancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed; answered {Status}")]
    private partial void LogFailed(string function, int status, Exception failure);
}
