namespace FollowUp.Api.Requests;

/// <summary>
/// The body of <c>POST /api/interviews/{id}/reaction</c>: the branch fields of a report, spelt and
/// checked as in <see cref="InterviewReportRequest"/>. All optional here so a missing one is a field error.
/// </summary>
public sealed record ReactionChangeRequest
{
    public string? Reaction { get; init; }

    public NextInterviewRequest? NextInterview { get; init; }

    public FeedbackRequest? Feedback { get; init; }
}
