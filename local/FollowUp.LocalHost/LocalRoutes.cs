using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Intake.Form;
using FollowUp.Orchestrations.Operations;
using FollowUp.Orchestrations.Operations.ApiDescription;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Operations.Reactions;
using Microsoft.DurableTask.Client;

namespace FollowUp.LocalHost;

/// <summary>
/// DESIGN §2's routes on the local host, each a thin mapping onto the same service the Functions
/// trigger calls, answering with the same shared <see cref="ApiAnswer"/>.
/// </summary>
internal static class LocalRoutes
{
    public static void MapFollowUpRoutes(this WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapPost("/interviews", async (HttpRequest request, InterviewIntake intake, DurableTaskClient durable, CancellationToken cancellationToken) =>
        {
            var body = await RequestBody.ReadLimitedAsync(request.Body, ReportLimits.MaxBodyBytes, cancellationToken);
            return ToResult(InterviewAnswers.ForSubmission(await intake.SubmitAsync(durable, body, cancellationToken)));
        });

        api.MapGet("/interviews/{id}", async (string id, InterviewIntake intake, DurableTaskClient durable, CancellationToken cancellationToken) =>
            ToResult(InterviewAnswers.ForStatus(id, await intake.GetStatusAsync(durable, id, cancellationToken))));

        api.MapPost("/interviews/{id}/reaction", async (string id, HttpRequest request, InterviewReactions reactions, DurableTaskClient durable, CancellationToken cancellationToken) =>
        {
            var body = await RequestBody.ReadLimitedAsync(request.Body, ReportLimits.MaxBodyBytes, cancellationToken);
            return ToResult(await reactions.ChangeAsync(durable, id, body, cancellationToken));
        });

        api.MapDelete("/interviews/{id}", async (string id, InterviewCancellation cancellation, DurableTaskClient durable, CancellationToken cancellationToken) =>
            ToResult(await cancellation.CancelAsync(durable, id, cancellationToken)));

        api.MapPost("/inbound-email", async (HttpRequest request, InboundEmailReceiver receiver, DurableTaskClient durable, CancellationToken cancellationToken) =>
        {
            var body = await RequestBody.ReadLimitedAsync(request.Body, InboundEmailLimits.MaxBodyBytes, cancellationToken);
            var signature = request.Headers[InboundSignature.HeaderName].ToString();
            return ToResult(await receiver.ReceiveAsync(durable, body, signature, cancellationToken));
        });

        api.MapMethods("/opt-out", [HttpMethods.Get, HttpMethods.Post], async (HttpRequest request, CandidateOptOut optOut, DurableTaskClient durable, CancellationToken cancellationToken) =>
            ToResult(await optOut.OptOutAsync(durable, request.Query["token"].ToString(), cancellationToken)));

        api.MapDelete("/candidates/{email}", async (string email, CandidateErasure erasure, DurableTaskClient durable, CancellationToken cancellationToken) =>
            ToResult(await erasure.EraseAsync(durable, email, cancellationToken)));

        api.MapGet("/form", () => ToResult(ReportForm.Answer()));

        api.MapGet("/openapi.json", () => ToResult(OpenApiDocument.Answer()));

        api.MapGet("/health", async (HealthCheck health, DurableTaskClient durable, CancellationToken cancellationToken) =>
            ToResult(await health.CheckAsync(durable, cancellationToken)));
    }

    private static ApiAnswerResult ToResult(ApiAnswer answer) => new(answer);

    private sealed class ApiAnswerResult(ApiAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = answer.StatusCode;
            httpContext.Response.ContentType = answer.ContentType;
            if (answer.Location is not null)
            {
                httpContext.Response.Headers.Location = answer.Location;
            }

            return httpContext.Response.WriteAsync(answer.Body, httpContext.RequestAborted);
        }
    }
}
