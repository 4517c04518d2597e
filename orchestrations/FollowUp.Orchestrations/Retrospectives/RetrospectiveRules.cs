using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Retrospectives;

public static class RetrospectiveRules
{
    /// <summary>A reply this late loses candidates: the playbook's "3 days or more".</summary>
    public static TimeSpan LateAfter { get; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Pairs each candidate message with the company's next message. Several candidate messages in a
    /// row are answered by one reply, and the wait is counted from the first of them.
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

            if (waitingSince is not null && contact.At - waitingSince.At >= LateAfter)
            {
                late.Add(new LateReply(waitingSince.At, contact.At, contact.Channel));
            }

            waitingSince = null;
        }

        return new Retrospective
        {
            InterviewId = report.InterviewId,
            TimelineKnown = report.ContactTimeline.Count > 0,
            LateReplies = late,
        };
    }
}
