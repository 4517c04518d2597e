using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Recontact;

/// <summary>
/// The local host's clock for the digest (Azure uses a timer trigger): runs <see cref="RecontactDigests"/>
/// every <see cref="RecontactOptions.Interval"/>. A failed run is logged and the next one tries again.
/// </summary>
public sealed partial class RecontactDigestTimer(IServiceScopeFactory scopes, IOptions<RecontactOptions> options, TimeProvider clock, ILogger<RecontactDigestTimer> logger)
    : BackgroundService
{
    private readonly ILogger _logger = logger;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run is one interval after start, not at start: a host restarted in a loop (a crash,
        // a test) does not run the digest each time, and the digest log makes a late run harmless.
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RecontactDigests>().RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The re-contact digest run failed; the next run tries again")]
    private partial void LogFailed(Exception failure);
}
