using FollowUp.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary>
/// The route table (<see cref="FollowUpRoutes"/>) as Functions HTTP triggers: each binds its route
/// and calls the same handler the local host maps. Function keys guard every route the table marks
/// <see cref="RouteAccess.FunctionKey"/>; a test holds these attributes equal to the table.
/// </summary>
public sealed class ApiTriggers(ApiRouter router)
{
    [Function(RouteNames.SubmitInterview)]
    public Task<IActionResult> SubmitInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.Interviews)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.SubmitInterview, request, durable, cancellationToken);

    [Function(RouteNames.GetInterview)]
    public Task<IActionResult> GetInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = RouteTemplates.Interview)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.GetInterview, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.CancelInterview)]
    public Task<IActionResult> CancelInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = RouteTemplates.Interview)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.CancelInterview, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.ChangeReaction)]
    public Task<IActionResult> ChangeReactionAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.InterviewReaction)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ChangeReaction, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.ConfirmInterviewDate)]
    public Task<IActionResult> ConfirmInterviewDateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.InterviewConfirmDate)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ConfirmInterviewDate, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.RetryInterview)]
    public Task<IActionResult> RetryInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.InterviewRetry)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.RetryInterview, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.ReceiveInboundEmail)]
    public Task<IActionResult> ReceiveInboundEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.InboundEmail)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReceiveInboundEmail, request, durable, cancellationToken);

    /// <summary>The host checks the function key (the Logic App's <c>inbound</c> key) in place of the HMAC signature.</summary>
    [Function(RouteNames.ReceiveKeyedInboundEmail)]
    public Task<IActionResult> ReceiveKeyedInboundEmailAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.KeyedInboundEmail)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReceiveKeyedInboundEmail, request, durable, cancellationToken);

    [Function(RouteNames.ReceiveMailgunEmail)]
    public Task<IActionResult> ReceiveMailgunEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.MailgunInboundEmail)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReceiveMailgunEmail, request, durable, cancellationToken);

    [Function(RouteNames.ReceiveSendGridEmail)]
    public Task<IActionResult> ReceiveSendGridEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.SendGridInboundEmail)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReceiveSendGridEmail, request, durable, cancellationToken);

    [Function(RouteNames.ReceivePostmarkEmail)]
    public Task<IActionResult> ReceivePostmarkEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.PostmarkInboundEmail)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReceivePostmarkEmail, request, durable, cancellationToken);

    [Function(RouteNames.OptOut)]
    public Task<IActionResult> OptOutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = RouteTemplates.OptOut)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.OptOut, request, durable, cancellationToken);

    [Function(RouteNames.EraseCandidate)]
    public Task<IActionResult> EraseCandidateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = RouteTemplates.Candidate)] HttpRequest request,
        string email,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.EraseCandidate, request, durable, cancellationToken, ("email", email));

    [Function(RouteNames.ReportForm)]
    public Task<IActionResult> ReportFormAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = RouteTemplates.Form)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReportForm, request, durable, cancellationToken);

    [Function(RouteNames.OpenApi)]
    public Task<IActionResult> OpenApiAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = RouteTemplates.OpenApi)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.OpenApi, request, durable, cancellationToken);

    [Function(RouteNames.Health)]
    public Task<IActionResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Health)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.Health, request, durable, cancellationToken);

    private async Task<IActionResult> InvokeAsync(string route, HttpRequest request, DurableTaskClient durable, CancellationToken cancellationToken, params (string Name, string Value)[] routeValues) =>
        new ApiAnswerResult(await router.InvokeAsync(route, request, durable, cancellationToken, routeValues).ConfigureAwait(false));
}
