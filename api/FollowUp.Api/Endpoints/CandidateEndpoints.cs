using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Endpoints;

/// <summary>Erasure of a candidate's personal data.</summary>
public sealed class CandidateEndpoints(CandidateErasure erasure)
{
    public async Task<ApiAnswer> EraseAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var email = call.RouteValue("email");
        if (!CandidateAddress.IsValid(email))
        {
            return ApiAnswer.Problem(400, "Not an email address.", errors: new Dictionary<string, string[]> { ["email"] = ["Give the candidate's email address as reported, URL-encoded in the path."] });
        }

        return ApiAnswer.Ok(await erasure.EraseAsync(call.Durable, email, call.CancellationToken).ConfigureAwait(false), 202);
    }
}
