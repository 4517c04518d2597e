using System.Collections.Concurrent;
using FollowUp.Orchestrations.Emails;

namespace FollowUp.Form.Tests.Support;

/// <summary>The email port in the form tests: accepts every order once (idempotent on the message key) and keeps it.</summary>
public sealed class RecordingEmailDispatcher : IEmailDispatcher
{
    private readonly ConcurrentDictionary<string, EmailOrder> _orders = new(StringComparer.Ordinal);

    public IReadOnlyList<EmailOrder> Orders => _orders.Values.ToArray();

    public IReadOnlyList<EmailKind> KindsFor(string interviewId) =>
        Orders.Where(o => o.InterviewId == interviewId).Select(o => o.Kind).ToArray();

    public Task<EmailReceipt> DispatchAsync(EmailOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var isNew = _orders.TryAdd(order.MessageKey, order);
        return Task.FromResult(new EmailReceipt(order.MessageKey, "Recording", $"op-{order.MessageKey}", DateTimeOffset.UtcNow, WasDuplicate: !isNew));
    }
}
