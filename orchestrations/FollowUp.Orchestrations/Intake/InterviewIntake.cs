using System.Security.Cryptography;
using System.Text.Json;
using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Scheduling;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Privacy;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using FollowUp.Orchestrations.Voice;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Intake;

/// <summary>
/// Accepts valid interview reports and answers for their status: the service behind the report
/// routes of both hosts. Idempotent on the interview id: the same report twice
/// starts one follow-up; a different report under the same id is refused. The durable client is an
/// argument because Functions binds it per invocation rather than through DI.
/// </summary>
public sealed partial class InterviewIntake(
    FollowUpPolicy policy,
    ITimeline timeline,
    IErasureRecords erasures,
    ISlotStore slots,
    AddressHasher hasher,
    RecordInterview recordInterview,
    SendEmail sendEmail,
    FollowUpMetrics metrics,
    TimeProvider clock,
    ILogger<InterviewIntake> logger,
    IVoiceRecordings? recordings = null,
    IVoiceLinks? voiceLinks = null)
{
    /// <summary>80 bits: the token carries it whole, and guessing one is as hard as forging the token's MAC.</summary>
    public const int CaseNonceBytes = 10;

    private readonly ILogger _logger = logger;

    /// <param name="fingerprint">The identity of "the same report": a hash of the report as it was submitted.</param>
    public async Task<IntakeResult> SubmitAsync(DurableTaskClient durable, InterviewReport report, string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        ArgumentNullException.ThrowIfNull(report);

        // The Durable client's create_orchestration span starts inside this one and carries its trace context to the orchestration.
        using var operation = TracedOperation.Start(_logger, SpanNames.IntakeSubmit, report.InterviewId)
            .Tag(TelemetryAttributes.Reaction, ReactionNames.Of(report.Reaction));
        var existing = await durable.GetInstanceAsync(report.InterviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return await SameOrConflictAsync(durable, existing, fingerprint, cancellationToken).ConfigureAwait(false);
        }

        if (await erasures.IsSuppressedAsync(hasher.Hash(report.Candidate.Email), cancellationToken).ConfigureAwait(false))
        {
            operation.Tag(TelemetryAttributes.Outcome, "suppressed");
            return await SuppressAsync(report, cancellationToken).ConfigureAwait(false);
        }

        var withNonce = report with { CaseNonce = NewCaseNonce() };
        if (report.Feedback?.VoiceRecordingId is { } recordingId)
        {
            if (await ListeningLinkAsync(withNonce, recordingId, cancellationToken).ConfigureAwait(false) is not { } link)
            {
                operation.Tag(TelemetryAttributes.Outcome, "voice_recording_missing");
                return new IntakeResult.VoiceRecordingMissing(report.InterviewId, recordingId);
            }

            // The case's private listening page stands where a link would: the playbook sends the voice variant for it.
            withNonce = withNonce with { Feedback = withNonce.Feedback! with { VoiceUrl = link } };
        }

        var input = new FollowUpInput(withNonce, policy, clock.GetUtcNow(), fingerprint) { RecordedByIntake = true };

        if (report.Slots.Count > 0)
        {
            // Before the case starts, so the link in its first email already finds them.
            await slots.OfferAsync(new SlotOffer(SlotOwners.KeyOf(report.Owner.Email), report.InterviewId, report.Slots, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        // Recorded here, where the report already is, rather than by a first activity of the case: the
        // case list shows the case before its first email, and the orchestration saves a round trip.
        await recordInterview.RecordAsync(input.Report, cancellationToken).ConfigureAwait(false);
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(FollowUpOrchestrator),
                input,
                new StartOrchestrationOptions { InstanceId = report.InterviewId },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Two identical reports racing: the loser finds the winner's instance and answers as a repeat.
            var raced = await durable.GetInstanceAsync(report.InterviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }

            // A different report that won the race under this id keeps its record, not the one written above.
            if (ReadInput(raced) is { Fingerprint: var winner } racedInput && winner != input.Fingerprint)
            {
                await recordInterview.RecordAsync(racedInput.Report, cancellationToken).ConfigureAwait(false);
            }

            return await SameOrConflictAsync(durable, raced, input.Fingerprint, cancellationToken).ConfigureAwait(false);
        }

        LogAccepted(report.InterviewId, report.Reaction);
        metrics.ReportAccepted(report.Reaction);
        operation.Tag(TelemetryAttributes.Outcome, "accepted");
        // Just scheduled: its status is known without reading the instance and its timeline back.
        return new IntakeResult.Accepted(PendingView(report.InterviewId, input));
    }

    /// <summary>
    /// The candidate asked to be erased: starting a case would store their address again and email them.
    /// The owner is told instead, through the same activity as the playbook's emails, so a repeated
    /// report tells them once (the message key is the interview id's).
    /// </summary>
    private async Task<IntakeResult> SuppressAsync(InterviewReport report, CancellationToken cancellationToken)
    {
        var order = new EmailOrder { Kind = EmailKind.OwnerCandidateErased, Sequence = 0, Report = report, Discriminator = "erased" };
        bool told;
        try
        {
            await sendEmail.SendAsync(order, cancellationToken).ConfigureAwait(false);
            told = true;
        }
        catch (EmailDeliveryException)
        {
            told = false;
        }

        if (recordings is not null)
        {
            // Nothing will play it, and the candidate asked to be forgotten.
            await recordings.DeleteAllAsync(report.InterviewId, cancellationToken).ConfigureAwait(false);
        }

        LogSuppressed(report.InterviewId, told);
        var now = clock.GetUtcNow();
        var status = new InterviewStatusView
        {
            InterviewId = report.InterviewId,
            RuntimeStatus = IntakeResult.SuppressedRuntimeStatus,
            Reaction = report.Reaction,
            OptedOut = true,
            CreatedAt = now,
            LastUpdatedAt = now,
            Timeline = await timeline.ListAsync(report.InterviewId, cancellationToken).ConfigureAwait(false),
        };
        return new IntakeResult.Suppressed(status, told);
    }

    private async Task<Uri?> ListeningLinkAsync(InterviewReport report, string recordingId, CancellationToken cancellationToken)
    {
        if (recordings is null || voiceLinks is null)
        {
            return null;
        }

        var recording = await recordings.FindAsync(report.InterviewId, recordingId, cancellationToken).ConfigureAwait(false);
        return recording is null ? null : voiceLinks.LinkFor(report);
    }

    /// <summary>The recording the report refers to, and whether the candidate has played it; null when it has none.</summary>
    private async Task<VoiceStatusView?> VoiceStatusAsync(InterviewReport? report, IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        if (report?.Feedback?.VoiceRecordingId is not { } recordingId)
        {
            return null;
        }

        var recording = recordings is null ? null : await recordings.FindAsync(report.InterviewId, recordingId, cancellationToken).ConfigureAwait(false);
        return new VoiceStatusView
        {
            RecordingId = recordingId,
            Stored = recording is not null,
            DurationSeconds = recording?.DurationSeconds,
            RecordedAt = recording?.RecordedAt,
            ListenedAt = entries.FirstOrDefault(e => e.Key == VoiceListening.ListenedKey)?.At,
        };
    }

    public async Task<InterviewStatusView?> GetStatusAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        using var operation = TracedOperation.Start(_logger, SpanNames.IntakeStatus, interviewId);
        var metadata = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return null;
        }

        var status = ReadStatus(metadata);
        var entries = await timeline.ListAsync(interviewId, cancellationToken).ConfigureAwait(false);
        var owner = ReadInput(metadata)?.Report.Owner.Email;
        var board = owner is null ? SlotBoard.Empty : await slots.ReadAsync(SlotOwners.KeyOf(owner), interviewId, cancellationToken).ConfigureAwait(false);
        return new InterviewStatusView
        {
            InterviewId = interviewId,
            RuntimeStatus = metadata.RuntimeStatus.ToString(),
            Reaction = status?.Reaction ?? ReadInput(metadata)?.Report.Reaction,
            Stage = status?.Stage,
            NextAction = status?.NextAction,
            NextActionAt = status?.NextActionAt,
            CandidateEmails = status?.CandidateEmails ?? 0,
            Escalations = status?.Escalations ?? 0,
            OptedOut = status?.OptedOut ?? false,
            LastReplyAt = status?.LastReplyAt,
            NeedsAttention = status?.NeedsAttention,
            CreatedAt = metadata.CreatedAt,
            LastUpdatedAt = metadata.LastUpdatedAt,
            Timeline = entries,
            Replies = ReplyView.From(entries),
            Voice = await VoiceStatusAsync(ReadInput(metadata)?.Report, entries, cancellationToken).ConfigureAwait(false),
            Slots = SlotView.From(board),
        };
    }

    private async Task<IntakeResult> SameOrConflictAsync(DurableTaskClient durable, OrchestrationMetadata existing, string fingerprint, CancellationToken cancellationToken)
    {
        if (ReadInput(existing)?.Fingerprint != fingerprint)
        {
            LogConflict(existing.InstanceId);
            return new IntakeResult.Conflict(existing.InstanceId);
        }

        var status = await GetStatusAsync(durable, existing.InstanceId, cancellationToken).ConfigureAwait(false);
        return new IntakeResult.AlreadyAccepted(status!);
    }

    private static FollowUpStatus? ReadStatus(OrchestrationMetadata metadata)
    {
        // A completed instance reports its last status as its output; a running one, or one cancelled
        // (whose output is the cancellation reason), as its custom status.
        var output = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed && metadata.SerializedOutput is not null
            ? TryRead(() => metadata.ReadOutputAs<FollowUpStatus>())
            : null;
        return output ?? (metadata.SerializedCustomStatus is null ? null : TryRead(() => metadata.ReadCustomStatusAs<FollowUpStatus>()));
    }

    private static FollowUpInput? ReadInput(OrchestrationMetadata metadata) =>
        metadata.SerializedInput is null ? null : TryRead(() => metadata.ReadInputAs<FollowUpInput>());

    private static T? TryRead<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Made here, outside the orchestration, so it is random and recorded once in the case's input.</summary>
    private static string NewCaseNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(CaseNonceBytes));

    private static InterviewStatusView PendingView(string interviewId, FollowUpInput input) => new()
    {
        InterviewId = interviewId,
        RuntimeStatus = nameof(OrchestrationRuntimeStatus.Pending),
        Reaction = input.Report.Reaction,
        Stage = FollowUpStage.Received,
        CreatedAt = input.ReceivedAt,
        LastUpdatedAt = input.ReceivedAt,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: report accepted ({Reaction}); follow-up started")]
    private partial void LogAccepted(string interviewId, Reaction reaction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: report for an erased candidate; nothing started, owner told: {OwnerTold}")]
    private partial void LogSuppressed(string interviewId, bool ownerTold);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: a different report already uses this id")]
    private partial void LogConflict(string interviewId);
}
