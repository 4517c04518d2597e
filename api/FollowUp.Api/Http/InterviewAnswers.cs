using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Operations.DateConfirmations;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Operations.Retries;

namespace FollowUp.Api.Http;

/// <summary>The interview routes' answers: domain results onto status codes, bodies and Location.</summary>
public static class InterviewAnswers
{
    public const string FeedbackRequiredMessage = Validation.InterviewReportValidator.FeedbackRequiredMessage;

    public static string StatusPath(string interviewId) => $"/api/interviews/{Uri.EscapeDataString(interviewId)}";

    public static ApiAnswer ForSubmission(IntakeResult result) => result switch
    {
        IntakeResult.Accepted accepted => ApiAnswer.Ok(accepted.Status, 202, StatusPath(accepted.Status.InterviewId)),
        // Accepted, so the interviewer's tool does not retry; no Location, since no case was started.
        IntakeResult.Suppressed suppressed => ApiAnswer.Ok(suppressed.Status, 202),
        IntakeResult.AlreadyAccepted repeat => ApiAnswer.Ok(repeat.Status, 200, StatusPath(repeat.Status.InterviewId)),
        IntakeResult.VoiceRecordingMissing missing => InvalidReport(new Dictionary<string, string[]>
        {
            ["feedback.voiceRecordingId"] = [$"No recording '{missing.RecordingId}' was uploaded to interview '{missing.InterviewId}': upload it with POST {StatusPath(missing.InterviewId)}/voice first."],
        }),
        IntakeResult.Conflict conflict => ApiAnswer.Problem(
            409,
            "Another report already uses this interview id.",
            $"Interview '{conflict.InterviewId}' was reported with different content. Report a new reaction with POST {StatusPath(conflict.InterviewId)}/reaction, or use a new interview id."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown intake result."),
    };

    public static ApiAnswer ForStatus(string interviewId, InterviewStatusView? status) =>
        status is null ? NotFound(interviewId) : ApiAnswer.Ok(status);

    /// <summary>Cancelled, or finished already: both are 202 with the status, so a retried cancel reads the same.</summary>
    public static ApiAnswer ForCancellation(string interviewId, InterviewStatusView? status) =>
        status is null ? NotFound(interviewId) : ApiAnswer.Ok(status, 202, StatusPath(interviewId));

    public static ApiAnswer ForReactionChange(ReactionChangeResult result) => result switch
    {
        ReactionChangeResult.Accepted accepted => ApiAnswer.Ok(accepted.Status, 202, StatusPath(accepted.Status.InterviewId)),
        ReactionChangeResult.Unchanged unchanged => ApiAnswer.Ok(unchanged.Status, 200, StatusPath(unchanged.Status.InterviewId)),
        ReactionChangeResult.NotFound notFound => NotFound(notFound.InterviewId),
        ReactionChangeResult.Finished finished => ApiAnswer.Problem(
            409,
            "The follow-up has finished.",
            $"Interview '{finished.InterviewId}' is {finished.RuntimeStatus}: a finished follow-up takes no new reaction. Report the candidate's next step as a new interview with POST /api/interviews."),
        ReactionChangeResult.FeedbackRequired => InvalidReaction(new Dictionary<string, string[]> { ["feedback"] = [FeedbackRequiredMessage] }),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown reaction change result."),
    };

    public static ApiAnswer ForRetry(RetryResult result) => result switch
    {
        RetryResult.Accepted accepted => ApiAnswer.Ok(accepted.Status, 202, StatusPath(accepted.Status.InterviewId)),
        RetryResult.NotFound notFound => NotFound(notFound.InterviewId),
        RetryResult.NothingToRetry nothing => ApiAnswer.Problem(
            409,
            "Nothing waits for a retry.",
            $"Interview '{nothing.InterviewId}' is {nothing.RuntimeStatus} and no step of it waits for a retry: a failing step is retried on its own until the status shows needsAttention.waitingForRetry. See GET {StatusPath(nothing.InterviewId)}."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown retry result."),
    };

    public static ApiAnswer ForDateConfirmation(DateConfirmationResult result) => result switch
    {
        DateConfirmationResult.Accepted accepted => ApiAnswer.Ok(accepted.Status, 202, StatusPath(accepted.Status.InterviewId)),
        DateConfirmationResult.NotFound notFound => NotFound(notFound.InterviewId),
        DateConfirmationResult.NoReminderHeld none => ApiAnswer.Problem(
            409,
            "No reminder is held.",
            $"Interview '{none.InterviewId}' is {none.RuntimeStatus} and holds no reminder: a reminder is held only after the candidate replies before a booked interview (stage reminderHeld). See GET {StatusPath(none.InterviewId)}."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown date confirmation result."),
    };

    public static ApiAnswer InvalidReport(IDictionary<string, string[]> errors) => ApiAnswer.Problem(400, "The report has invalid fields.", errors: errors);

    public static ApiAnswer InvalidReaction(IDictionary<string, string[]> errors) => ApiAnswer.Problem(400, "The reaction has invalid fields.", errors: errors);

    private static ApiAnswer NotFound(string interviewId) =>
        ApiAnswer.Problem(404, "No such interview.", $"No follow-up exists for interview '{interviewId}'.");
}
