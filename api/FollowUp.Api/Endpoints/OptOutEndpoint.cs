using FollowUp.Api.Http;
using FollowUp.Api.Pages;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Operations.OptOut;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// The opt-out link (GET) and RFC 8058 one-click (POST): anonymous, since candidates and mail
/// providers have no key; the signed token is the authority.
/// </summary>
public sealed class OptOutEndpoint(CandidateOptOut optOut)
{
    public async Task<ApiAnswer> OptOutAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await optOut.OptOutAsync(call.Durable, call.Query("token"), call.CancellationToken).ConfigureAwait(false);
        return result switch
        {
            OptOutResult.OptedOut done => ApiAnswer.Html(200, OptOutPages.Done(done.Locale)),
            _ => ApiAnswer.Html(400, OptOutPages.InvalidLink()),
        };
    }
}
