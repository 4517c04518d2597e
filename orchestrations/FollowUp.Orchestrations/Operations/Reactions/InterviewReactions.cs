using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Reactions;

/// <summary>
/// <c>POST /api/interviews/{id}/reaction</c>: the owner reports a new reaction for an interview under
/// way (e.g. <c>proceed</c> after the 3-month check-in); the orchestration continues on the new branch.
/// </summary>
public sealed partial class InterviewReactions(
    InterviewIntake intake,
    ITimeline timeline,
    TimeProvider clock,
    ILogger<InterviewReactions> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ChangeAsync(DurableTaskClient durable, string interviewId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var now = clock.GetUtcNow();
        var change = Validate(body, now, out var errors);
        if (change is null)
        {
            return ApiAnswer.Problem(400, "The reaction has invalid fields.", errors: errors.ToDictionary());
        }

        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return InterviewAnswers.ForStatus(interviewId, status: null);
        }

        if (instance.IsCompleted)
        {
            return ApiAnswer.Problem(
                409,
                "The follow-up has finished.",
                $"Interview '{interviewId}' is {instance.RuntimeStatus}: a finished follow-up takes no new reaction. Report the candidate's next step as a new interview with POST /api/interviews.");
        }

        // Feedback given before carries over (ReactionChange.ApplyTo); a considering email with none at all has nothing to say.
        if (change.Reaction == Reaction.Considering
            && !InterviewReportValidator.HasFeedback(change.Feedback)
            && !InterviewReportValidator.HasFeedback(instance.ReadInputAs<FollowUpInput>()?.Report.Feedback))
        {
            errors.Add("feedback", InterviewReportValidator.FeedbackRequiredMessage);
            return ApiAnswer.Problem(400, "The reaction has invalid fields.", errors: errors.ToDictionary());
        }

        await durable.RaiseEventAsync(interviewId, FollowUpEvents.ReactionChanged, change, cancellationToken).ConfigureAwait(false);
        var reaction = InterviewReportValidator.ReactionNames[(int)change.Reaction];

        // The tick count keeps every change its own line while a retried request lands on the same one only within a tick.
        await timeline.RecordAsync(
            new TimelineEntry(interviewId, $"reaction/{now.UtcTicks:D19}", now, TimelineEntryKind.ReactionChanged, $"New reaction reported: {reaction}"),
            cancellationToken).ConfigureAwait(false);
        LogChanged(interviewId, reaction);

        var status = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
        return status is null
            ? InterviewAnswers.ForStatus(interviewId, status: null)
            : ApiAnswer.Ok(status, 202, InterviewAnswers.StatusPath(interviewId));
    }

    private static ReactionChange? Validate(ReadOnlyMemory<byte> body, DateTimeOffset now, out FieldErrors errors)
    {
        errors = new FieldErrors();
        if (body.Length > ReportLimits.MaxBodyBytes)
        {
            errors.Add("$", $"The body is larger than {ReportLimits.MaxBodyBytes / 1024} KB.");
            return null;
        }

        var request = FollowUpJson.Read<ReactionChangeRequest>(body.Span, errors);
        if (request is null)
        {
            return null;
        }

        var reaction = InterviewReportValidator.ParseReaction(request.Reaction, "reaction", errors);
        var next = request.NextInterview is null ? null : InterviewReportValidator.ValidateNextInterview(request.NextInterview, now, errors);
        var feedback = request.Feedback is null ? null : InterviewReportValidator.ValidateFeedback(request.Feedback, "feedback", errors);
        if (!errors.IsEmpty || reaction is null)
        {
            return null;
        }

        return new ReactionChange { Reaction = reaction.Value, NextInterview = next, Feedback = feedback, ReportedAt = now };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: new reaction {Reaction} reported")]
    private partial void LogChanged(string interviewId, string reaction);
}
