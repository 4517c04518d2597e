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
}
