using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Retrospectives;

public static class RetrospectiveRules
{
    /// <summary>A reply later than this loses candidates: more than three days (72 hours), as issue 13 reads the playbook.</summary>
    public static TimeSpan LateAfter { get; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Pairs each candidate message with the company's next message. Several candidate messages in a
    /// row are answered by one reply, and the wait is counted from the first of them. A candidate
    /// message the timeline shows no answer to waited until the interview itself, and counts when
    /// that wait was too long.
    /// </summary>
    public static Retrospective Build(InterviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var late = new List<LateReply>();
        ContactEvent? waitingSince = null;

        foreach (var contact in report.ContactTimeline.OrderBy(c => c.At))
        {
            if (contact.Direction == ContactDirection.Candidate)
            {
                waitingSince ??= contact;
                continue;
            }

            if (waitingSince is not null && contact.At - waitingSince.At > LateAfter)
            {
                late.Add(new LateReply(waitingSince.At, contact.At, contact.Channel));
            }

            waitingSince = null;
        }

        if (waitingSince is not null && report.InterviewedAt - waitingSince.At > LateAfter)
        {
            late.Add(new LateReply(waitingSince.At, report.InterviewedAt, waitingSince.Channel) { Unanswered = true });
        }

        return new Retrospective
        {
            InterviewId = report.InterviewId,
            TimelineKnown = report.ContactTimeline.Count > 0,
            LateReplies = late,
        };
    }
}
