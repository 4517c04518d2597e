namespace FollowUp.Orchestrations.Intake;

/// <summary>DESIGN §2's answers for the report routes.</summary>
public static class InterviewAnswers
{
    public static string StatusPath(string interviewId) => $"/api/interviews/{Uri.EscapeDataString(interviewId)}";

    public static ApiAnswer ForSubmission(IntakeResult result) => result switch
    {
        IntakeResult.Accepted accepted => ApiAnswer.Ok(accepted.Status, 202, StatusPath(accepted.Status.InterviewId)),
        IntakeResult.AlreadyAccepted repeat => ApiAnswer.Ok(repeat.Status, 200, StatusPath(repeat.Status.InterviewId)),
        IntakeResult.Conflict conflict => ApiAnswer.Problem(
            409,
            "Another report already uses this interview id.",
            $"Interview '{conflict.InterviewId}' was reported with different content. Report a new reaction with POST {StatusPath(conflict.InterviewId)}/reaction, or use a new interview id."),
        IntakeResult.Invalid invalid => ApiAnswer.Problem(400, "The report has invalid fields.", errors: invalid.Errors),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown intake result."),
    };

    public static ApiAnswer ForStatus(string interviewId, InterviewStatusView? status) =>
        status is null
            ? ApiAnswer.Problem(404, "No such interview.", $"No follow-up exists for interview '{interviewId}'.")
            : ApiAnswer.Ok(status);
}
