using System.Collections.Concurrent;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Testing.InMemory;

/// <summary>Process-local webhook token log for tests.</summary>
public sealed class InMemoryWebhookTokenLog : IWebhookTokenLog
{
    private readonly ConcurrentDictionary<(string Source, string Token), DateTimeOffset> _tokens = new();
    private readonly Lock _gate = new();

    public Task<bool> TryRecordAsync(string source, string token, DateTimeOffset at, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(token);

        // One lock around look-up and replace: an expired record must be taken over by exactly one caller.
        lock (_gate)
        {
            foreach (var expired in _tokens.Where(t => t.Value < at).Select(t => t.Key).ToList())
            {
                _tokens.TryRemove(expired, out _);
            }

            return Task.FromResult(_tokens.TryAdd((source, token), keepUntil));
        }
    }
}
