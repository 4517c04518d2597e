using FollowUp.Api.Http;
using FollowUp.Api.Requests;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Scheduling;

namespace FollowUp.Api.Endpoints;

/// <summary>The interviewer adds or replaces the slots an open case offers the candidate.</summary>
public sealed class SlotEndpoints(InterviewSlots slots, SlotsRequestValidator validator)
{
    public async Task<ApiAnswer> ReplaceAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        if (!JsonBody.IsJson(call.Request))
        {
            return JsonBody.NotJson("The slots");
        }

        var errors = new FieldErrors();
        var request = await JsonBody.ReadAsync<SlotsRequest>(call.Request, ReportLimits.MaxBodyBytes, "The body", errors, call.CancellationToken).ConfigureAwait(false);
        if (request is not null)
        {
            (await validator.ValidateAsync(request, call.CancellationToken).ConfigureAwait(false)).AddTo(errors);
        }

        if (request is null || !errors.IsEmpty)
        {
            return ApiAnswer.Problem(400, "The slots have invalid fields.", errors: errors.ToDictionary());
        }

        return SlotAnswers.ForOffer(await slots.ReplaceAsync(call.Durable, id, request.Slots.ToSlots(), call.CancellationToken).ConfigureAwait(false));
    }
}
