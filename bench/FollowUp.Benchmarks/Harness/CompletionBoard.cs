using System.Collections.Concurrent;
using System.Diagnostics;
using FollowUp.Orchestrations.Emails;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// In-process signals from the benchmark host's activities: "interview X sent email kind K",
/// "bare instance X ran its activity". A waiter names the kind that finishes its item.
/// </summary>
public sealed class CompletionBoard
{
    private readonly ConcurrentDictionary<string, Waiter> _waiters = new(StringComparer.Ordinal);
    private long _emails;

    public long Emails => Interlocked.Read(ref _emails);

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp at which <paramref name="id"/> reported <paramref name="kind"/>.</summary>
    public Task<long> Expect(string id, string kind)
    {
        var waiter = new Waiter(kind);
        _waiters[id] = waiter;
        return waiter.Done.Task;
    }

    public void Report(string id, string kind)
    {
        var now = Stopwatch.GetTimestamp();
        if (_waiters.TryGetValue(id, out var waiter) && waiter.Kind == kind)
        {
            waiter.Done.TrySetResult(now);
            _waiters.TryRemove(id, out _);
        }
    }

    internal void CountEmail() => Interlocked.Increment(ref _emails);

    private sealed record Waiter(string Kind)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>The host's real dispatcher (compose, render, pickup file), reporting each email to the board once it is out.</summary>
internal sealed class SignallingEmailDispatcher(IEmailDispatcher inner, CompletionBoard board) : IEmailDispatcher
{
    public async Task<EmailReceipt> DispatchAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var receipt = await inner.DispatchAsync(order, cancellationToken).ConfigureAwait(false);
        board.CountEmail();
        board.Report(order.InterviewId, order.Kind.ToString());
        return receipt;
    }
}
