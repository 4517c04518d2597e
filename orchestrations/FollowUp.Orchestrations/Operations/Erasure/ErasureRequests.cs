using FollowUp.Orchestrations.Privacy;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>
/// <c>POST /api/erasure-requests</c> and its status. The address is put on the suppression list (as a
/// keyed hash) first, so a report racing the erasure is suppressed too; then everything found for it is
/// erased and the request's row says what was removed. An instance too slow to stop is named in the row
/// by its interview id, and reading the status finishes it: the address is needed for nothing after the
/// first call, so it is kept nowhere. The same code runs in both hosts; the row survives restarts.
/// </summary>
public sealed partial class ErasureRequests(
    IInterviewStore interviews,
    IErasureRecords records,
    CandidateErasure erasure,
    AddressHasher hasher,
    FollowUpMetrics metrics,
    TimeProvider clock,
    ILogger<ErasureRequests> logger)
{
    private readonly ILogger _logger = logger;

    /// <param name="email">An address that passed <see cref="CandidateAddress.IsValid"/>.</param>
    public async Task<ErasureRequest> SubmitAsync(DurableTaskClient durable, string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        if (!CandidateAddress.IsValid(email))
        {
            throw new ArgumentException("Not an email address; check it with CandidateAddress.IsValid first.", nameof(email));
        }

        // One request may span several interviews: the span names their count, never the address.
        using var operation = TracedOperation.Start(_logger, SpanNames.Erasure);
        var now = clock.GetUtcNow();
        await records.SuppressAsync(hasher.Hash(email), now, cancellationToken).ConfigureAwait(false);
        var ids = await interviews.ListIdsByCandidateAsync(email, cancellationToken).ConfigureAwait(false);
        var request = new ErasureRequest
        {
            Id = Guid.NewGuid().ToString("N"),
            Status = ErasureStatus.Pending,
            RequestedAt = now,
            Removed = new ErasureRemoved(Interviews: ids.Count),
            RemainingInterviewIds = ids,
        };

        // Saved before the work, so a crash midway leaves a pending request that names what is left.
        await records.SaveRequestAsync(request, cancellationToken).ConfigureAwait(false);
        request = await EraseAsync(durable, request, cancellationToken).ConfigureAwait(false);
        var poolRows = await erasure.ErasePoolEntryAsync(email, cancellationToken).ConfigureAwait(false);
        request = await FinishAsync(request with { Removed = request.Removed + new ErasureRemoved(Rows: poolRows) }, cancellationToken).ConfigureAwait(false);

        metrics.Erased(complete: request.Status == ErasureStatus.Completed);
        var candidate = hasher.ForLogs(email);
        LogRequested(request.Id, candidate, ids.Count, request.RemainingInterviewIds.Count);
        operation.Tag(TelemetryAttributes.InterviewCount, ids.Count);
        return request;
    }

    /// <summary>The request's status; a pending one is carried on first (instances that had not stopped are purged now).</summary>
    public async Task<ErasureRequest?> GetAsync(DurableTaskClient durable, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var request = await records.FindRequestAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is not { Status: ErasureStatus.Pending })
        {
            return request;
        }

        using var operation = TracedOperation.Start(_logger, SpanNames.Erasure);
        request = await EraseAsync(durable, request, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ErasureRequest> EraseAsync(DurableTaskClient durable, ErasureRequest request, CancellationToken cancellationToken)
    {
        var removed = request.Removed;
        var remaining = new List<string>();
        foreach (var interviewId in request.RemainingInterviewIds)
        {
            var (erased, instanceRemaining) = await erasure.EraseInterviewAsync(durable, interviewId, cancellationToken).ConfigureAwait(false);
            removed += erased;
            if (instanceRemaining)
            {
                remaining.Add(interviewId);
            }
        }

        return request with { Removed = removed, RemainingInterviewIds = remaining };
    }

    private async Task<ErasureRequest> FinishAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        if (request.RemainingInterviewIds.Count == 0)
        {
            request = request with { Status = ErasureStatus.Completed, CompletedAt = clock.GetUtcNow() };
        }

        await records.SaveRequestAsync(request, cancellationToken).ConfigureAwait(false);
        return request;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure {RequestId} for candidate {CandidateHash}: {Interviews} interviews, {Remaining} instances still to purge")]
    private partial void LogRequested(string requestId, string candidateHash, int interviews, int remaining);
}
