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

    /// <summary>A recorded voice message; written feedback given beside it goes out with it.</summary>
    public Uri? VoiceUrl { get; init; }

    /// <summary>
    /// A message recorded in the form and uploaded to this interview (<c>POST /api/interviews/{id}/voice</c>).
    /// At intake it becomes <see cref="VoiceUrl"/>: the case's private listening page.
    /// </summary>
    public string? VoiceRecordingId { get; init; }

    /// <summary>
    /// Whom the candidate would meet next if they go on (e.g. "代表取締役の山根"): the considering email
    /// names them and says the preparation points are what that person tends to ask. Optional.
    /// </summary>
    public string? NextStepWith { get; init; }

    /// <summary>
    /// Whether a considering email can carry real feedback: a voice message, or in writing at least
    /// one thing that went well and one thing to work on or prepare. One line alone reads as a form letter.
    /// </summary>
    public static bool IsEnoughForConsidering(InterviewFeedback? feedback) =>
        feedback is not null && (feedback.VoiceUrl is not null || IsEnoughInWriting(feedback.Positive.Count, feedback.Improve.Count + feedback.Prepare.Count));

    /// <summary>The written half of <see cref="IsEnoughForConsidering"/>, by counts of items that carry text.</summary>
    public static bool IsEnoughInWriting(int positive, int improveOrPrepare) => positive > 0 && improveOrPrepare > 0;
}
