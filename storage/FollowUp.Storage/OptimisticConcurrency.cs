using System.Security.Cryptography;
using Azure;

namespace FollowUp.Storage;

/// <summary>
/// Read–modify–write against an ETag: when another writer got in between (412 on update, 409 on
/// insert), read again and re-apply. Bounded, so a pathological hot row fails loudly instead of spinning.
/// </summary>
internal static class OptimisticConcurrency
{
    public const int MaxAttempts = 10;

    /// <summary>Runs <paramref name="attempt"/> until it completes without losing a race.</summary>
    public static async Task RunAsync(Func<CancellationToken, Task> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                await attempt(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException failure) when (IsLostRace(failure) && number < MaxAttempts)
            {
                // Jitter spreads writers that collided so they do not collide again in lockstep.
                var delay = TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(5, 20 * number));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsLostRace(RequestFailedException failure) =>
        failure.Status is StatusCodes.PreconditionFailed or StatusCodes.Conflict;
}
