using FollowUp.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace FollowUp.Functions.Http;

/// <summary>
/// The route table (<see cref="FollowUpRoutes"/>) as Functions HTTP triggers: each binds its route
/// and calls the same handler the local host maps. The host checks function keys on the routes of
/// <see cref="RouteAccess.Interviewer"/> and <see cref="RouteAccess.InboundKey"/>; the routes of
/// <see cref="RouteAccess.Admin"/> are anonymous to the host, so no key opens them, and
/// <see cref="AdminAccess"/> admits only the Entra app role. A test holds these attributes equal to the table.
/// </summary>
public sealed class ApiTriggers(ApiRouter router, AdminAccess admin)
{
    [Function(RouteNames.SubmitInterview)]
    public Task<IActionResult> SubmitInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.Interviews)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.SubmitInterview, request, durable, cancellationToken);

    [Function(RouteNames.ListInterviews)]
    public Task<IActionResult> ListInterviewsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Interviews)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ListInterviews, request, durable, cancellationToken);

    [Function(RouteNames.ListTalentPool)]
    public Task<IActionResult> ListTalentPoolAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.TalentPool)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ListTalentPool, request, durable, cancellationToken);

    [Function(RouteNames.SnoozeTalentPool)]
    public Task<IActionResult> SnoozeTalentPoolAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.TalentPoolSnooze)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.SnoozeTalentPool, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.GetMetrics)]
    public Task<IActionResult> GetMetricsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Metrics)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.GetMetrics, request, durable, cancellationToken);

    [Function(RouteNames.AdminConsole)]
    public Task<IActionResult> AdminConsoleAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Admin)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.AdminConsole, request, durable, cancellationToken);

    [Function(RouteNames.GetInterview)]
    public Task<IActionResult> GetInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Interview)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.GetInterview, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.CancelInterview)]
    public Task<IActionResult> CancelInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = RouteTemplates.Interview)] HttpRequest request,
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

    [Function(RouteNames.ReplaceInterviewSlots)]
    public Task<IActionResult> ReplaceInterviewSlotsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = RouteTemplates.InterviewSlots)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.ReplaceInterviewSlots, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.RetryInterview)]
    public Task<IActionResult> RetryInterviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.InterviewRetry)] HttpRequest request,
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

    [Function(RouteNames.UploadVoice)]
    public Task<IActionResult> UploadVoiceAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = RouteTemplates.InterviewVoice)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.UploadVoice, request, durable, cancellationToken, ("id", id));

    [Function(RouteNames.VoicePage)]
    public Task<IActionResult> VoicePageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Voice)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.VoicePage, request, durable, cancellationToken);

    [Function(RouteNames.VoiceAudio)]
    public Task<IActionResult> VoiceAudioAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.VoiceAudio)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.VoiceAudio, request, durable, cancellationToken);

    [Function(RouteNames.Schedule)]
    public Task<IActionResult> ScheduleAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = RouteTemplates.Schedule)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.Schedule, request, durable, cancellationToken);

    [Function(RouteNames.RequestErasure)]
    public Task<IActionResult> RequestErasureAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.ErasureRequests)] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.RequestErasure, request, durable, cancellationToken);

    [Function(RouteNames.GetErasureRequest)]
    public Task<IActionResult> GetErasureRequestAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.ErasureRequest)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        InvokeAsync(RouteNames.GetErasureRequest, request, durable, cancellationToken, ("id", id));

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

    private async Task<IActionResult> InvokeAsync(string route, HttpRequest request, DurableTaskClient durable, CancellationToken cancellationToken, params (string Name, string Value)[] routeValues)
    {
        if (FollowUpRoutes.Find(route, request.Method).Access == RouteAccess.Admin && admin.Refusal(request) is { } refusal)
        {
            return new ApiAnswerResult(route == RouteNames.AdminConsole && refusal.StatusCode == StatusCodes.Status401Unauthorized
                ? AdminAccess.SignInRedirect(request.Path + request.QueryString)
                : refusal);
        }

        return new ApiAnswerResult(await router.InvokeAsync(route, request, durable, cancellationToken, routeValues).ConfigureAwait(false));
    }
}
