using System.Text;
using FollowUp.Api.Http;
using FollowUp.Api.Pages;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Operations.Scheduling;
using Microsoft.AspNetCore.WebUtilities;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// The scheduling link: GET shows the free slots, the form's POST books one. Anonymous, since the
/// candidate has no key; the signed token is the authority, and a mail scanner's GET books nothing.
/// </summary>
public sealed class ScheduleEndpoint(CandidateScheduling scheduling)
{
    /// <summary>The form carries one short field; anything bigger is not our form.</summary>
    public const int MaxFormBytes = 1024;

    private const string SlotField = "slot";

    public async Task<ApiAnswer> ShowAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = call.Query("token");
        var result = await scheduling.ShowAsync(call.Durable, token, call.CancellationToken).ConfigureAwait(false);
        return Page(result, token, booking: false);
    }

    public async Task<ApiAnswer> BookAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = call.Query("token");
        var body = await RequestBody.ReadAsync(call.Request, MaxFormBytes, "The booking form", call.CancellationToken).ConfigureAwait(false);
        if (body.Refusal is not null)
        {
            return Page(new ScheduleResult.InvalidLink(), token, booking: true) with { StatusCode = body.Refusal.StatusCode };
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body.Value.Span));
        var slot = form.TryGetValue(SlotField, out var values) && values.Count == 1 ? values.ToString() : null;
        var result = await scheduling.BookAsync(call.Durable, token, slot, call.CancellationToken).ConfigureAwait(false);
        return Page(result, token, booking: true);
    }

    private static ApiAnswer Page(ScheduleResult result, string? token, bool booking)
    {
        var (status, html) = SchedulePages.For(result, token, booking);
        return ApiAnswer.Html(status, html) with { Headers = PageHeaders.SelfPostingForm };
    }
}
