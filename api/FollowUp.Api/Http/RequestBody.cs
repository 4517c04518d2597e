using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Http;

/// <summary>How both hosts read a request body the services then parse.</summary>
public static class RequestBody
{
    private const int InitialBufferBytes = 16 * 1024;

    /// <summary>
    /// Reads at most <paramref name="limit"/> + 1 bytes: enough for the service to tell "too large"
    /// without buffering whatever a client chooses to send. The buffer grows as bytes arrive, so a
    /// generous limit (a whole email with attachments) costs nothing for a small body.
    /// </summary>
    public static Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken) =>
        ReadLimitedAsync(body, limit, null, cancellationToken);

    /// <param name="lengthHint">The declared length, when known: the buffer is sized once.</param>
    public static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream body, int limit, long? lengthHint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var ceiling = limit + 1L;
        var buffer = new byte[(int)Math.Min(ceiling, lengthHint is > 0 ? lengthHint.Value + 1 : InitialBufferBytes)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total >= ceiling)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(ceiling, buffer.Length * 2L));
            }

            var read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer.AsMemory(0, total);
    }

    /// <summary>
    /// The whole body, or 413 when it is larger than <paramref name="limit"/>: refused on the declared
    /// Content-Length before a byte is read, else as soon as the limit is passed.
    /// </summary>
    /// <param name="what">What the body is, for the answer: "A raw message", "Postmark's JSON".</param>
    public static async Task<RequestRead<ReadOnlyMemory<byte>>> ReadAsync(HttpRequest request, int limit, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return new(default, TooLarge(limit, what));
        }

        var body = await ReadLimitedAsync(request.Body, limit, request.ContentLength, cancellationToken).ConfigureAwait(false);
        return body.Length > limit ? new(default, TooLarge(limit, what)) : new(body, null);
    }

    public static ApiAnswer TooLarge(long limit, string what) =>
        ApiAnswer.Problem(413, "The request is too large.", $"{what} may be at most {Size(limit)}.");

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
