using System.Collections.Concurrent;
using FollowUp.Orchestrations.Emails;

namespace FollowUp.Orchestrations.Tests.Support;

/// <summary>
/// The email port's boundary in playbook tests: keeps every order it accepts, honours the port's
/// idempotency contract on the message key, and can be told to fail the way real providers do.
/// </summary>
public sealed class RecordingEmailDispatcher : IEmailDispatcher
{
    private readonly ConcurrentDictionary<string, EmailOrder> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(EmailOrder Order, DateTimeOffset At)> _log = new();
    private readonly ConcurrentDictionary<EmailKind, int> _transientFailuresAfterSend = new();
    private readonly ConcurrentDictionary<EmailKind, string> _permanentFailures = new();
    private readonly ConcurrentDictionary<EmailKind, int> _transientFailuresBeforeSend = new();
    private readonly ConcurrentDictionary<EmailKind, int> _attempts = new();
    private Func<Exception> _transientFailure = () => new HttpRequestException("429 Too Many Requests", null, System.Net.HttpStatusCode.TooManyRequests);
    private int _dispatchCalls;

    /// <summary>Every email that reached a recipient, in order.</summary>
    public IReadOnlyList<(EmailOrder Order, DateTimeOffset At)> Sent => _log.ToArray();

    public IReadOnlyList<EmailKind> Kinds => Sent.Select(s => s.Order.Kind).ToArray();

    public int DispatchCalls => _dispatchCalls;

    public int CountOf(EmailKind kind) => Sent.Count(s => s.Order.Kind == kind);

    /// <summary>The next <paramref name="times"/> sends of <paramref name="kind"/> deliver and then crash before reporting back.</summary>
    public void CrashAfterSending(EmailKind kind, int times = 1) => _transientFailuresAfterSend[kind] = times;

    /// <summary>Every send of <paramref name="kind"/> is refused for good, as for a dead mailbox.</summary>
    public void RefuseForGood(EmailKind kind, string reason) => _permanentFailures[kind] = reason;

    /// <summary>
    /// The next <paramref name="times"/> sends of <paramref name="kind"/> fail before anything is sent, as
    /// a throttled or unreachable provider does; <see cref="int.MaxValue"/> fails them until <see cref="Restore"/>.
    /// </summary>
    public void FailTransiently(EmailKind kind, int times = int.MaxValue, Func<Exception>? failure = null)
    {
        _transientFailure = failure ?? _transientFailure;
        _transientFailuresBeforeSend[kind] = times;
    }

    /// <summary>The provider is back: sends of <paramref name="kind"/> go through again.</summary>
    public void Restore(EmailKind kind) => _transientFailuresBeforeSend.TryRemove(kind, out _);

    /// <summary>How many times a send of <paramref name="kind"/> was tried, failed tries included.</summary>
    public int AttemptsOf(EmailKind kind) => _attempts.TryGetValue(kind, out var count) ? count : 0;

    public Task<EmailReceipt> DispatchAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        Interlocked.Increment(ref _dispatchCalls);
        _attempts.AddOrUpdate(order.Kind, 1, (_, count) => count + 1);

        if (_transientFailuresBeforeSend.TryGetValue(order.Kind, out var failuresLeft) && failuresLeft > 0)
        {
            _transientFailuresBeforeSend[order.Kind] = failuresLeft == int.MaxValue ? failuresLeft : failuresLeft - 1;
            throw _transientFailure();
        }

        if (_permanentFailures.TryGetValue(order.Kind, out var reason))
        {
            throw new EmailDeliveryException(reason);
        }

        var isNew = _delivered.TryAdd(order.MessageKey, order);
        if (isNew)
        {
            _log.Enqueue((order, DateTimeOffset.UtcNow));
        }

        if (_transientFailuresAfterSend.TryGetValue(order.Kind, out var left) && left > 0)
        {
            _transientFailuresAfterSend[order.Kind] = left - 1;
            throw new IOException("The connection dropped after the provider accepted the message.");
        }

        return Task.FromResult(new EmailReceipt(order.MessageKey, "Recording", $"op-{order.MessageKey}", DateTimeOffset.UtcNow, WasDuplicate: !isNew));
    }
}
