namespace FollowUp.Email.Rendering.Model;

public sealed record FeedbackModel(
    IReadOnlyList<string> Positive,
    IReadOnlyList<string> Improve,
    IReadOnlyList<string> Prepare,
    string? VoiceUrl,
    string? NextStepWith = null);
