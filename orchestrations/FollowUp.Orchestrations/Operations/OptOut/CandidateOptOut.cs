using System.Text.Json;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.OptOut;

/// <summary>
/// The opt-out link in every candidate email (and RFC 8058 one-click): no more candidate email, in this interview and any other (the opt-out is kept by address
/// in the talent pool). A second click changes nothing and shows the same page.
/// </summary>
public sealed partial class CandidateOptOut(
    IReplyTokenMatcher tokens,
    CaseReferences cases,
    IInterviewStore interviews,
    ITalentPool talentPool,
    ITimeline timeline,
    FollowUpMetrics metrics,
    TimeProvider clock,
    ILogger<CandidateOptOut> logger)
{
    public const string TimelineKey = "opt-out";

    private readonly ILogger _logger = logger;

    public async Task<OptOutResult> OptOutAsync(DurableTaskClient durable, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        using var operation = TracedOperation.Start(_logger, SpanNames.OptOut);
        if (await MatchAsync(token, cancellationToken).ConfigureAwait(false) is not { } interviewId)
        {
            return new OptOutResult.InvalidToken();
        }

        operation.ForInterview(interviewId);
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);

        // The stored report is the record; the instance input covers the moment before it is written.
        var report = await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false) ?? ReadInput(instance)?.Report;
        if (report is null)
        {
            // A genuine link whose interview was erased: nothing is left to send from, so the page is true.
            LogNothingOnRecord(interviewId);
            return new OptOutResult.OptedOut(Locale: null);
        }

        var now = clock.GetUtcNow();
        await talentPool.MarkOptedOutAsync(report.Candidate.Email, now, cancellationToken).ConfigureAwait(false);
        if (instance is { IsCompleted: false } && !AlreadyOptedOut(instance))
        {
            await durable.RaiseEventAsync(interviewId, FollowUpEvents.OptedOut, new OptOutNotice(now), cancellationToken).ConfigureAwait(false);
        }

        // The first click is the fact worth keeping; later ones would only move its time.
        if (await timeline.FindAsync(interviewId, TimelineKey, cancellationToken).ConfigureAwait(false) is null)
        {
            await timeline.RecordAsync(
                new TimelineEntry(interviewId, TimelineKey, now, TimelineEntryKind.OptedOut, "The candidate opted out of email; owner tasks go on."),
                cancellationToken).ConfigureAwait(false);
            metrics.OptedOut();
        }

        LogOptedOut(interviewId);
        return new OptOutResult.OptedOut(report.Candidate.Locale);
    }

    /// <summary>
    /// Checks a link without acting on it, for the confirmation page: mail scanners open links on
    /// delivery, so only the button (or RFC 8058's one-click POST) opts out.
    /// </summary>
    public async Task<OptOutResult> PreviewAsync(DurableTaskClient durable, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        if (await MatchAsync(token, cancellationToken).ConfigureAwait(false) is not { } interviewId)
        {
            return new OptOutResult.InvalidToken();
        }

        var report = await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
            report = ReadInput(instance)?.Report;
        }

        return new OptOutResult.Valid(report?.Candidate.Locale);
    }

    /// <summary>The interview of a genuine link of a case that still holds it; a link of an erased case whose id was reused is not valid.</summary>
    private async Task<string?> MatchAsync(string? token, CancellationToken cancellationToken)
    {
        var interviewId = tokens.TryMatchOptOut(token, out var reference)
            ? await cases.ResolveAsync(reference!, cancellationToken).ConfigureAwait(false)
            : null;
        if (interviewId is null)
        {
            LogInvalidToken();
        }

        return interviewId;
    }

    private static bool AlreadyOptedOut(OrchestrationMetadata instance) =>
        instance.StatusOrNull()?.OptedOut == true;

    private static FollowUpInput? ReadInput(OrchestrationMetadata? instance) =>
        instance?.InputOrNull();


    [LoggerMessage(Level = LogLevel.Information, Message = "Opt-out link with an invalid token")]
    private partial void LogInvalidToken();

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: opt-out for an interview with nothing on record")]
    private partial void LogNothingOnRecord(string interviewId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: the candidate opted out")]
    private partial void LogOptedOut(string interviewId);
}
