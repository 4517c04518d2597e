using Microsoft.AspNetCore.Http;

namespace FollowUp.Functions.Http;

internal static class HttpBodies
{
    /// <summary>
    /// Reads at most <paramref name="limit"/> + 1 bytes: enough for the caller to tell "too large"
    /// without buffering whatever a client chooses to send.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit + 1];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer.AsMemory(0, total);
    }
}
