using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// A new report for an interview already under way, e.g. <c>proceed</c> with a booked date after the
/// 3-month check-in. The branch facts replace the old ones; feedback is kept unless new feedback is given.
/// </summary>
public sealed record ReactionChange
{
    public required Reaction Reaction { get; init; }

    public NextInterview? NextInterview { get; init; }

    public InterviewFeedback? Feedback { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    /// <summary>Read from the candidate's reply rather than reported by the owner.</summary>
    public bool FromReply { get; init; }

    public InterviewReport ApplyTo(InterviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with
        {
            Reaction = Reaction,
            NextInterview = NextInterview,
            Feedback = Feedback ?? report.Feedback,
        };
    }
}
