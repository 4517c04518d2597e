using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Api.Http;

/// <summary>The team's lists as the HTTP contract spells them.</summary>
public static class AdminAnswers
{
    public static ApiAnswer Invalid(IDictionary<string, string[]> errors) =>
        ApiAnswer.Problem(400, "The query is not valid.", "See errors for each parameter.", errors);

    public static ApiAnswer ForCases(ListPage<CaseSummary> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return ApiAnswer.Ok(new ListBody<CaseItem>(page.Items.Select(CaseItem.From).ToList(), page.Continuation));
    }

    public static ApiAnswer ForPool(ListPage<PooledCandidate> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return ApiAnswer.Ok(new ListBody<PoolItem>(page.Items.Select(PoolItem.From).ToList(), page.Continuation));
    }

    public static ApiAnswer ForSnooze(string id, PooledCandidate? snoozed) =>
        snoozed is null
            ? ApiAnswer.Problem(404, "No talent pool entry.", $"Nobody is in the talent pool under '{id}'.")
            : ApiAnswer.Ok(PoolItem.From(snoozed));

    private sealed record ListBody<T>(IReadOnlyList<T> Items, string? Continuation);

    /// <summary>A list row: no candidate address (lists travel further than one case).</summary>
    private sealed record CaseItem(
        string InterviewId,
        string CandidateName,
        string OwnerName,
        string OwnerEmail,
        DateTimeOffset InterviewedAt,
        DateTimeOffset ReportedAt,
        string Reaction,
        FollowUpStage Stage,
        PlannedAction? NextAction,
        DateTimeOffset? NextActionAt,
        DateTimeOffset? LastReplyAt,
        int Replies,
        int CandidateEmails,
        int Escalations,
        bool OptedOut,
        bool NeedsAttention)
    {
        public static CaseItem From(CaseSummary c) => new(
            c.InterviewId, c.CandidateName, c.OwnerName, c.OwnerEmail, c.InterviewedAt, c.ReportedAt, ReactionNames.Of(c.Reaction), c.Stage,
            c.NextAction, c.NextActionAt, c.LastReplyAt, c.Replies, c.CandidateEmails, c.Escalations, c.OptedOut, c.NeedsAttention);
    }

    private sealed record PoolItem(
        string Id,
        string Name,
        string Email,
        IReadOnlyList<string> Tags,
        string SourceInterviewId,
        DateTimeOffset AddedAt,
        DateTimeOffset? RecontactAt,
        IReadOnlyList<SocialProfile> Profiles,
        string? OwnerName,
        string? OwnerEmail,
        bool OptedOut)
    {
        public static PoolItem From(PooledCandidate p) => new(
            p.Id, p.Entry.CandidateName, p.Entry.CandidateEmail, p.Entry.Tags, p.Entry.SourceInterviewId, p.Entry.AddedAt,
            p.Entry.RecontactAt, p.Entry.Profiles, p.Entry.OwnerName, p.Entry.OwnerEmail, p.OptedOut);
    }
}
