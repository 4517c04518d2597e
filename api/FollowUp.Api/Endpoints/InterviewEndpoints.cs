using System.Security.Cryptography;
using System.Text.Json;
using FollowUp.Api.Http;
using FollowUp.Api.Requests;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations.Cancellation;
using FollowUp.Orchestrations.Operations.DateConfirmations;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Operations.Retries;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Api.Endpoints;

/// <summary>The interview routes: report, status, new reaction, date confirmation, retry, cancel.</summary>
public sealed class InterviewEndpoints(
    InterviewIntake intake,
    InterviewReactions reactions,
    InterviewCancellation cancellation,
    InterviewRetries retries,
    InterviewDateConfirmations dateConfirmations,
    InterviewReportValidator reportValidator,
    ReactionChangeValidator reactionValidator,
    FollowUpPolicy policy,
    TimeProvider clock)
{
    public async Task<ApiAnswer> SubmitAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!JsonBody.IsJson(call.Request))
        {
            return JsonBody.NotJson("A report");
        }

        var errors = new FieldErrors();
        var request = await JsonBody.ReadAsync<InterviewReportRequest>(call.Request, ReportLimits.MaxBodyBytes, "The report", errors, call.CancellationToken).ConfigureAwait(false);
        if (request is not null)
        {
            (await reportValidator.ValidateAsync(request, call.CancellationToken).ConfigureAwait(false)).AddTo(errors);
        }

        if (request is null || !errors.IsEmpty)
        {
            return InterviewAnswers.InvalidReport(errors.ToDictionary());
        }

        var report = request.ToReport(NewInterviewId(), policy);
        var result = await intake.SubmitAsync(call.Durable, report, Fingerprint(request), call.CancellationToken).ConfigureAwait(false);
        return InterviewAnswers.ForSubmission(result);
    }

    public async Task<ApiAnswer> GetAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        return InterviewAnswers.ForStatus(id, await intake.GetStatusAsync(call.Durable, id, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> ChangeReactionAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        if (!JsonBody.IsJson(call.Request))
        {
            return JsonBody.NotJson("A reaction");
        }

        var errors = new FieldErrors();
        var request = await JsonBody.ReadAsync<ReactionChangeRequest>(call.Request, ReportLimits.MaxBodyBytes, "The body", errors, call.CancellationToken).ConfigureAwait(false);
        if (request is not null)
        {
            (await reactionValidator.ValidateAsync(request, call.CancellationToken).ConfigureAwait(false)).AddTo(errors);
        }

        if (request is null || !errors.IsEmpty)
        {
            return InterviewAnswers.InvalidReaction(errors.ToDictionary());
        }

        var result = await reactions.ChangeAsync(call.Durable, id, request.ToReactionChange(clock.GetUtcNow()), call.CancellationToken).ConfigureAwait(false);
        return InterviewAnswers.ForReactionChange(result);
    }

    public async Task<ApiAnswer> RetryAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        return InterviewAnswers.ForRetry(await retries.RetryAsync(call.Durable, id, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> ConfirmDateAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        return InterviewAnswers.ForDateConfirmation(await dateConfirmations.ConfirmAsync(call.Durable, id, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> CancelAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        return InterviewAnswers.ForCancellation(id, await cancellation.CancelAsync(call.Durable, id, call.CancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Hash of the report as submitted (before defaults), the identity of "the same report". Its bytes
    /// must not change between releases: waiting cases hold the hash of their report.
    /// </summary>
    public static string Fingerprint(InterviewReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request with { InterviewId = null }, FollowUpJson.Options)));
    }

    private static string NewInterviewId() => Guid.NewGuid().ToString("N");
}
