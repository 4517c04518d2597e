namespace FollowUp.Api.Http;

/// <summary>How both hosts read a request body the services then parse.</summary>
public static class RequestBody
{
    /// <summary>
    /// Reads at most <paramref name="limit"/> + 1 bytes: enough for the service to tell "too large"
    /// without buffering whatever a client chooses to send.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new byte[limit + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return buffer.AsMemory(0, total);
    }
}
