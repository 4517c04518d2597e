using FollowUp.Api.Http;
using FollowUp.Api.Pages;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Operations.OptOut;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// The opt-out link: GET shows a confirmation page whose button posts; POST (the button, or RFC 8058
/// one-click from the mail client's List-Unsubscribe-Post) opts out. Mail scanners open every link
/// on delivery, so a GET never changes anything. Anonymous, since candidates and mail providers have
/// no key; the signed token is the authority.
/// </summary>
public sealed class OptOutEndpoint(CandidateOptOut optOut)
{
    public async Task<ApiAnswer> ConfirmAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = call.Query("token");
        var result = await optOut.PreviewAsync(call.Durable, token, call.CancellationToken).ConfigureAwait(false);
        return result switch
        {
            OptOutResult.Valid valid => ApiAnswer.Html(200, OptOutPages.Confirm(valid.Locale, token!)) with { Headers = PageHeaders.SelfPostingForm },
            _ => ApiAnswer.Html(400, OptOutPages.InvalidLink()),
        };
    }

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
