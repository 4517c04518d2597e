using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>
/// The erasing itself, one interview at a time: its orchestration instance (running, pending, failed or
/// completed: terminated, then purged with its history), timeline, retrospective, inbound log, the
/// pickup folder's copies of its emails, its voice recordings, its offered and booked slots (freeing them for others) and last its report; and the candidate's talent-pool entry.
/// Each step is safe to repeat, so a partial failure is finished by the next attempt.
/// </summary>
public sealed partial class CandidateErasure(
    IInterviewStore interviews,
    ITimeline timeline,
    IRetrospectiveStore retrospectives,
    IInboundMessageLog messages,
    ITalentPool talentPool,
    ICaseList cases,
    IEmailCopies emailCopies,
    IVoiceRecordings voice,
    ISlotStore slots,
    ILogger<CandidateErasure> logger)
{
    /// <summary>How long a terminated instance may take to reach its final state before purge is tried anyway.</summary>
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(15);

    private readonly ILogger _logger = logger;

    /// <returns>What was removed, and whether the instance is still there (it did not stop in time to be purged).</returns>
    public async Task<(ErasureRemoved Removed, bool InstanceRemaining)> EraseInterviewAsync(DurableTaskClient durable, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var (terminated, purged, remaining) = await RemoveInstanceAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);

        var rows = (await timeline.ListAsync(interviewId, cancellationToken).ConfigureAwait(false)).Count;
        await timeline.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
        if (await retrospectives.FindAsync(interviewId, cancellationToken).ConfigureAwait(false) is not null)
        {
            rows++;
            await retrospectives.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
        }

        await messages.DeleteForInterviewAsync(interviewId, cancellationToken).ConfigureAwait(false);
        await cases.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
        rows += await slots.DeleteForInterviewAsync(interviewId, cancellationToken).ConfigureAwait(false);
        var files = await emailCopies.DeleteForInterviewAsync(interviewId, cancellationToken).ConfigureAwait(false);
        var recordings = await voice.DeleteAllAsync(interviewId, cancellationToken).ConfigureAwait(false);
        if (!remaining && await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false) is not null)
        {
            // The report row goes last: it is how a repeated request finds this interview again.
            rows++;
            await interviews.DeleteAsync(interviewId, cancellationToken).ConfigureAwait(false);
        }

        return (new ErasureRemoved(0, rows, terminated ? 1 : 0, purged ? 1 : 0, files, recordings), remaining);
    }

    /// <summary>After the instances stopped, so no activity of theirs adds the candidate back to the pool.</summary>
    /// <returns>The rows deleted (0 or 1).</returns>
    public async Task<int> ErasePoolEntryAsync(string email, CancellationToken cancellationToken)
    {
        var present = await talentPool.FindAsync(email, cancellationToken).ConfigureAwait(false) is not null
            || await talentPool.IsOptedOutAsync(email, cancellationToken).ConfigureAwait(false);
        await talentPool.DeleteAsync(email, cancellationToken).ConfigureAwait(false);
        return present ? 1 : 0;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: not stopped in time for erasure; purge is tried again when the request's status is read")]
    private partial void LogSlowToStop(string interviewId);
}
