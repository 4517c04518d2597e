using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// Liveness: the app's storage and the durable runtime both answer a
/// read within a few seconds. A read of an id that never exists touches each without side effects.
/// </summary>
public sealed partial class HealthCheck(IInterviewStore interviews, ILogger<HealthCheck> logger)
{
    private const string ProbeId = "health-probe";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
    private readonly ILogger _logger = logger;

    public async Task<HealthReport> CheckAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var storage = await ProbeAsync("storage", ct => interviews.FindAsync(ProbeId, ct), cancellationToken).ConfigureAwait(false);
        var runtime = await ProbeAsync("durable", ct => durable.GetInstanceAsync(ProbeId, ct), cancellationToken).ConfigureAwait(false);
        return new HealthReport(storage && runtime ? HealthReport.Healthy : "unhealthy", storage ? "ok" : "unreachable", runtime ? "ok" : "unreachable");
    }

    private async Task<bool> ProbeAsync<T>(string name, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Budget);
        try
        {
            await read(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogProbeFailed(name, failure.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health probe {Probe} failed: {Error}")]
    private partial void LogProbeFailed(string probe, string error);
}
