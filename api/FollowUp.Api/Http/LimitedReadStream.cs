namespace FollowUp.Api.Http;

/// <summary>
/// A request body that ends after <see cref="Limit"/> bytes and says so, for readers that consume a stream
/// themselves (the multipart reader): however the sender frames its body, no more than the limit is ever read.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    public long Limit { get; } = limit;

    /// <summary>The body went on past <see cref="Limit"/>: whatever the reader made of the cut, the request was too large.</summary>
    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Exceeded)
        {
            return 0;
        }

        // One byte past the limit is asked for, so a body of exactly the limit is told from a longer one.
        var allowed = (int)Math.Min(buffer.Length, Limit + 1 - _read);
        var read = await inner.ReadAsync(buffer[..allowed], cancellationToken).ConfigureAwait(false);
        _read += read;
        if (_read > Limit)
        {
            Exceeded = true;
            return 0;
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Request bodies are read asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
