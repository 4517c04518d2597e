using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>
/// Erases a candidate's personal data — every interview's
/// orchestration (history included), timeline, retrospective, inbound log, case-list row and report, and the talent
/// pool entry with the opt-out. Safe to repeat; a partial failure is finished by the next request.
/// </summary>
public sealed partial class CandidateErasure(
    IInterviewStore interviews,
    ITimeline timeline,
    IRetrospectiveStore retrospectives,
    IInboundMessageLog messages,
    ITalentPool talentPool,
    ICaseList cases,
    FollowUpMetrics metrics,
    ILogger<CandidateErasure> logger)
{
    /// <summary>How long a terminated instance may take to reach its final state before purge is tried anyway.</summary>
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(15);

    private readonly ILogger _logger = logger;

    /// <param name="email">An address that passed <see cref="CandidateAddress.IsValid"/>.</param>
    public async Task<ErasureSummary> EraseAsync(DurableTaskClient durable, string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        if (!CandidateAddress.IsValid(email))
        {
            throw new ArgumentException("Not an email address; check it with CandidateAddress.IsValid first.", nameof(email));
        }

        // One request may span several interviews: the span names their count, never the address.
        using var operation = TracedOperation.Start(_logger, SpanNames.Erasure);
        var ids = await interviews.ListIdsByCandidateAsync(email, cancellationToken).ConfigureAwait(false);
        int terminated = 0, purged = 0, remaining = 0;
        foreach (var interviewId in ids)
        {
            var (wasTerminated, wasPurged, isRemaining) = await RemoveInstanceAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
            terminated += wasTerminated ? 1 : 0;
            purged += wasPurged ? 1 : 0;
            remaining += isRemaining ? 1 : 0;

            await timeline.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
            await retrospectives.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
            await messages.DeleteForInterviewAsync(interviewId, cancellationToken).ConfigureAwait(false);
            await cases.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
            if (!isRemaining)
            {
                // The report row goes last: it is how a repeated request finds this interview again.
                await interviews.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
            }
        }

        // After the instances stopped, so no activity of theirs adds the candidate back to the pool.
        await talentPool.DeleteAsync(email, cancellationToken).ConfigureAwait(false);

        var summary = new ErasureSummary(ids.Count, terminated, purged, remaining);
        var candidate = CandidateAddress.Hash(email);
        LogErased(candidate, ids.Count, purged, remaining);
        operation.Tag(TelemetryAttributes.InterviewCount, ids.Count);
        metrics.Erased(complete: remaining == 0);
        return summary;
    }

    private async Task<(bool Terminated, bool Purged, bool Remaining)> RemoveInstanceAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return (false, false, false);
        }

        var terminated = false;
        if (!instance.IsCompleted)
        {
            await durable.TerminateInstanceAsync(interviewId, new TerminateInstanceOptions("Candidate data erased."), cancellationToken).ConfigureAwait(false);
            terminated = true;

            // Purge removes only instances in a final state; termination reaches it asynchronously.
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(StopBudget);
            try
            {
                await durable.WaitForInstanceCompletionAsync(interviewId, getInputsAndOutputs: false, budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LogSlowToStop(interviewId);
            }
        }

        var result = await durable.PurgeInstanceAsync(interviewId, new PurgeInstanceOptions(Recursive: true), cancellationToken).ConfigureAwait(false);
        var purged = result.PurgedInstanceCount > 0;
        var remaining = !purged && await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false) is not null;
        return (terminated, purged, remaining);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Candidate {CandidateHash} erased: {Interviews} interviews, {Purged} instances purged, {Remaining} still to purge")]
    private partial void LogErased(string candidateHash, int interviews, int purged, int remaining);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: not stopped in time for erasure; purge is tried anyway")]
    private partial void LogSlowToStop(string interviewId);
}
