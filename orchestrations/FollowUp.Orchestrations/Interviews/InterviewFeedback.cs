namespace FollowUp.Orchestrations.Interviews;

/// <summary>Concrete feedback the candidate receives in the same-day email.</summary>
public sealed record InterviewFeedback
{
    /// <summary>What went well.</summary>
    public IReadOnlyList<string> Positive { get; init; } = [];

    /// <summary>What to work on, including advice useful at other companies too.</summary>
    public IReadOnlyList<string> Improve { get; init; } = [];

    /// <summary>What to prepare for the next step.</summary>
    public IReadOnlyList<string> Prepare { get; init; } = [];

    /// <summary>A recorded voice message that replaces the written feedback when given.</summary>
    public Uri? VoiceUrl { get; init; }

    /// <summary>
    /// Whether there is anything to tell the candidate: the considering email exists to carry it.
    /// Static so that it never becomes a member of the serialized orchestration input.
    /// </summary>
    public static bool HasAny(InterviewFeedback? feedback) =>
        feedback is not null && (feedback.Positive.Count > 0 || feedback.Improve.Count > 0 || feedback.Prepare.Count > 0 || feedback.VoiceUrl is not null);
}
