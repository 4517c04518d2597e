using FollowUp.Api.Http;
using FollowUp.Api.Requests;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Api.Endpoints;

/// <summary>The team's console routes: the case list, the talent pool, the figures, a re-contact date moved.</summary>
public sealed class AdminEndpoints(CaseListing listing, CaseFigures figures, TimeProvider clock)
{
    /// <summary>How far ahead a re-contact date may be moved: beyond that a candidate is better asked again than remembered.</summary>
    public static readonly TimeSpan MaxSnooze = TimeSpan.FromDays(3 * 366);

    private const int MaxSnoozeBodyBytes = 1024;

    public async Task<ApiAnswer> ListInterviewsAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var query = new QueryValues(call, new FieldErrors());
        var reaction = query.Text("reaction");
        Reaction? parsed = null;
        if (reaction is not null)
        {
            if (ReactionNames.TryParse(reaction, out var known))
            {
                parsed = known;
            }
            else
            {
                query.Errors.Add("reaction", "One of: " + string.Join(", ", ReactionNames.All) + ".");
            }
        }

        var cases = new CaseQuery(
            Stage: query.Choice<FollowUpStage>("stage"),
            Reaction: parsed,
            OwnerEmail: query.Email("owner"),
            NeedsAttention: query.Flag("needsAttention"),
            From: query.Instant("from"),
            To: query.Instant("to"),
            OverdueAt: query.Flag("overdue") == true ? clock.GetUtcNow() : null);
        query.Range("from", cases.From, "to", cases.To);
        var pageSize = query.PageSize();
        var continuation = query.Continuation();
        if (!query.Errors.IsEmpty)
        {
            return AdminAnswers.Invalid(query.Errors.ToDictionary());
        }

        return AdminAnswers.ForCases(await listing.ListCasesAsync(cases, continuation, pageSize, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> ListTalentPoolAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var query = new QueryValues(call, new FieldErrors());
        var pool = new TalentPoolQuery(query.Text("tag", 50), query.Instant("recontactBefore"), query.Text("q", 100));
        var pageSize = query.PageSize();
        var continuation = query.Continuation();
        if (!query.Errors.IsEmpty)
        {
            return AdminAnswers.Invalid(query.Errors.ToDictionary());
        }

        return AdminAnswers.ForPool(await listing.ListPoolAsync(pool, continuation, pageSize, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> MetricsAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var query = new QueryValues(call, new FieldErrors());
        var from = query.Instant("from");
        var to = query.Instant("to");
        var owner = query.Email("owner");
        query.Range("from", from, "to", to);
        if (!query.Errors.IsEmpty)
        {
            return AdminAnswers.Invalid(query.Errors.ToDictionary());
        }

        return ApiAnswer.Ok(await figures.ComputeAsync(from, to, owner, call.CancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiAnswer> SnoozeAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("id");
        if (!JsonBody.IsJson(call.Request))
        {
            return JsonBody.NotJson("A snooze");
        }

        var errors = new FieldErrors();
        var request = await JsonBody.ReadAsync<SnoozeRequest>(call.Request, MaxSnoozeBodyBytes, "The body", errors, call.CancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (request is not null)
        {
            if (request.Until is not { } until)
            {
                errors.Add("until", "Required: the new re-contact date, e.g. 2027-03-01T09:00:00+09:00.");
            }
            else if (until <= now || until > now + MaxSnooze)
            {
                errors.Add("until", "Must be in the future and at most three years ahead.");
            }
        }

        if (request?.Until is null || !errors.IsEmpty)
        {
            return AdminAnswers.Invalid(errors.ToDictionary());
        }

        return AdminAnswers.ForSnooze(id, await listing.SnoozeAsync(id, request.Until.Value, call.CancellationToken).ConfigureAwait(false));
    }
}
