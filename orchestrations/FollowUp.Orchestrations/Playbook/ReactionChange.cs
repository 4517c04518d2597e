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

    /// <summary>Whether applying this change would leave <paramref name="report"/> as it is.</summary>
    public bool ChangesNothingIn(InterviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var applied = ApplyTo(report);
        return applied.Reaction == report.Reaction
            && Equals(applied.NextInterview, report.NextInterview)
            && SameFeedback(applied.Feedback, report.Feedback);
    }

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

    // Records compare lists by reference; feedback is the same when its items are.
    private static bool SameFeedback(InterviewFeedback? a, InterviewFeedback? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null
            && a.Positive.SequenceEqual(b.Positive)
            && a.Improve.SequenceEqual(b.Improve)
            && a.Prepare.SequenceEqual(b.Prepare)
            && a.VoiceUrl == b.VoiceUrl
            && a.NextStepWith == b.NextStepWith);
}
