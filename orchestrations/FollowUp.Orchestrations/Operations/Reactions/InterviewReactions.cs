using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Reactions;

/// <summary>
/// The owner reports a new reaction for an interview under way (e.g. <c>proceed</c> after the
/// 3-month check-in); the orchestration continues on the new branch.
/// </summary>
public sealed partial class InterviewReactions(
    InterviewIntake intake,
    ITimeline timeline,
    FollowUpMetrics metrics,
    ILogger<InterviewReactions> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ReactionChangeResult> ChangeAsync(DurableTaskClient durable, string interviewId, ReactionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        ArgumentNullException.ThrowIfNull(change);
        using var operation = TracedOperation.Start(_logger, SpanNames.ReactionChange, interviewId)
            .Tag(TelemetryAttributes.Reaction, ReactionNames.Of(change.Reaction));
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return new ReactionChangeResult.NotFound(interviewId);
        }

        var reopening = instance.IsCompleted && EndedAsNoResponseOrDeclined(instance);
        if (instance.IsCompleted && !reopening)
        {
            return new ReactionChangeResult.Finished(interviewId, instance.RuntimeStatus.ToString());
        }

        var current = PreviousReport(instance);

        // Feedback given before carries over (ReactionChange.ApplyTo); a considering email needs enough of it to say something.
        if (change.Reaction == Reaction.Considering
            && !InterviewFeedback.IsEnoughForConsidering(change.Feedback ?? current?.Feedback))
        {
            return new ReactionChangeResult.FeedbackRequired(interviewId);
        }

        // The case's input is the report as the last change left it: the same change again would
        // only restart the branch and send its same-day email a second time.
        if (reopening)
        {
            // The candidate came back after the case closed (no answer, or a decline): a new
            // reaction starts the case again under its id, numbering its emails on from the last.
            await ReopenAsync(durable, instance, change, cancellationToken).ConfigureAwait(false);
            await timeline.RecordAsync(
                new TimelineEntry(interviewId, TimelineKeys.ReactionChange(change.ReportedAt), change.ReportedAt, TimelineEntryKind.ReactionChanged, $"Case reopened with a new reaction: {ReactionNames.Of(change.Reaction)}"),
                cancellationToken).ConfigureAwait(false);
            metrics.ReactionChanged(current?.Reaction, change.Reaction);
            LogReopened(interviewId, change.Reaction);
            var reopened = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
            return reopened is null ? new ReactionChangeResult.NotFound(interviewId) : new ReactionChangeResult.Accepted(reopened);
        }

        if (current is not null && change.ChangesNothingIn(current))
        {
            LogUnchanged(interviewId);
            var unchanged = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
            return unchanged is null ? new ReactionChangeResult.NotFound(interviewId) : new ReactionChangeResult.Unchanged(unchanged);
        }

        await durable.RaiseEventAsync(interviewId, FollowUpEvents.ReactionChanged, change, cancellationToken).ConfigureAwait(false);
        var reaction = ReactionNames.Of(change.Reaction);

        var at = change.ReportedAt;
        await timeline.RecordAsync(
            new TimelineEntry(interviewId, TimelineKeys.ReactionChange(at), at, TimelineEntryKind.ReactionChanged, $"New reaction reported: {reaction}"),
            cancellationToken).ConfigureAwait(false);
        LogChanged(interviewId, reaction);
        metrics.ReactionChanged(current?.Reaction, change.Reaction);

        var status = await intake.GetStatusAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
        return status is null ? new ReactionChangeResult.NotFound(interviewId) : new ReactionChangeResult.Accepted(status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the reported reaction is the one the case already follows; nothing to do")]
    private partial void LogUnchanged(string interviewId);

    private static bool EndedAsNoResponseOrDeclined(OrchestrationMetadata instance)
    {
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Completed || instance.SerializedOutput is null)
        {
            return false;
        }

        try
        {
            return instance.ReadOutputAs<FollowUpStatus>()?.Stage is FollowUpStage.NoResponse or FollowUpStage.Declined;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private async Task ReopenAsync(DurableTaskClient durable, OrchestrationMetadata instance, ReactionChange change, CancellationToken cancellationToken)
    {
        var input = instance.ReadInputAs<FollowUpInput>()
            ?? throw new InvalidOperationException($"Interview {instance.InstanceId} has no readable input to reopen from.");
        var ended = instance.ReadOutputAs<FollowUpStatus>()!;

        // The timeline holds every email's key, whatever execution sent it: the next number is past them all.
        var entries = await timeline.ListAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false);
        var lastSequence = entries.Select(e => EmailOrder.SequenceIn(instance.InstanceId, e.Key)).DefaultIfEmpty(0).Max();
        var next = input with
        {
            Report = change.ApplyTo(input.Report),
            CarryOver = new FollowUpCarryOver(
                Math.Max(lastSequence, input.CarryOver.EmailSequence),
                ended.CandidateEmails,
                ended.Escalations,
                ended.OptedOut,
                ended.LastReplyAt,
                input.CarryOver.ReactionChanges + 1),
            Resume = null,
            Carried = null,
            Version = FollowUpInput.CurrentVersion,
            RecordedByIntake = false,
        };

        // A finished instance's id is taken until its history is purged; the timeline and stores stay.
        await durable.PurgeInstanceAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false);
        await durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(FollowUpOrchestrator),
            next,
            new Microsoft.DurableTask.StartOrchestrationOptions { InstanceId = instance.InstanceId },
            cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: case reopened with reaction {Reaction}")]
    private partial void LogReopened(string interviewId, Reaction reaction);

    /// <summary>The report the case runs on; null when its input cannot be read (it only feeds a check and a metric tag).</summary>
    private static InterviewReport? PreviousReport(OrchestrationMetadata instance)
    {
        if (instance.SerializedInput is null)
        {
            return null;
        }

        try
        {
            return instance.ReadInputAs<FollowUpInput>()?.Report;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: new reaction {Reaction} reported")]
    private partial void LogChanged(string interviewId, string reaction);
}
