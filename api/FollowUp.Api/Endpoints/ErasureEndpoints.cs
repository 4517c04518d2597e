using FollowUp.Api.Http;
using FollowUp.Api.Requests;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Endpoints;

/// <summary>Erasure of a candidate's personal data: a request with the address in its body, and its status.</summary>
public sealed class ErasureEndpoints(ErasureRequests erasures)
{
    /// <summary>An address and the JSON around it; anything longer is not an erasure request.</summary>
    private const int MaxBodyBytes = 4 * 1024;

    public async Task<ApiAnswer> SubmitAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!JsonBody.IsJson(call.Request))
        {
            return JsonBody.NotJson("An erasure request");
        }

        var errors = new FieldErrors();
        var body = await JsonBody.ReadAsync<ErasureRequestBody>(call.Request, MaxBodyBytes, "The erasure request", errors, call.CancellationToken).ConfigureAwait(false);
        if (body is null || !errors.IsEmpty)
        {
            return ApiAnswer.Problem(400, "The erasure request is not valid.", errors: errors.ToDictionary());
        }

        if (!CandidateAddress.IsValid(body.Email))
        {
            return ErasureAnswers.InvalidAddress();
        }

        return ErasureAnswers.Accepted(await erasures.SubmitAsync(call.Durable, body.Email!, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> GetAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        return ErasureAnswers.ForStatus(id, await erasures.GetAsync(call.Durable, id, call.CancellationToken).ConfigureAwait(false));
    }
}
