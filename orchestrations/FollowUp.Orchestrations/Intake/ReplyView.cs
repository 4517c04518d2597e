using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Intake;

/// <summary>One reply in an interview's status.</summary>
public sealed record ReplyView(DateTimeOffset ReceivedAt, ReplyIntent Intent, double Confidence, string Excerpt, ReplyOutcome Outcome)
{
    public static IReadOnlyList<ReplyView> From(IEnumerable<TimelineEntry> timeline) =>
        timeline
            .Where(e => e.Kind == TimelineEntryKind.CandidateReplied && e.Reply is not null)
            .Select(e => new ReplyView(e.At, e.Reply!.Intent, e.Reply.Confidence, e.Reply.Excerpt, e.Reply.Outcome))
            .ToList();
}
