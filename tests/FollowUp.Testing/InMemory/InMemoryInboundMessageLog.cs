using System.Collections.Concurrent;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local inbound message log for tests.</summary>
public sealed class InMemoryInboundMessageLog : IInboundMessageLog
{
    private readonly ConcurrentDictionary<(string InterviewId, string MessageId), DateTimeOffset> _messages = new();

    public Task<bool> TryRecordAsync(string messageId, string interviewId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        return Task.FromResult(_messages.TryAdd((interviewId, messageId), at));
    }

    public Task<DateTimeOffset?> RecordedAtAsync(string messageId, string interviewId, CancellationToken cancellationToken) =>
        Task.FromResult(_messages.TryGetValue((interviewId, messageId), out var at) ? at : (DateTimeOffset?)null);

    public Task DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken)
    {
        foreach (var key in _messages.Keys.Where(k => k.InterviewId == interviewId))
        {
            _messages.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
