using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// A full blocking garbage collection in another .NET process, asked for over its diagnostics port
/// the way <c>dotnet-gcdump</c> does: a runtime event session with the GC-heap-collect keyword makes
/// the runtime collect once. The host needs no endpoint of its own for it, and the figure after it is
/// what the waiting cases really hold, not garbage the GC has not got round to. The runtime's own GC
/// events say when the induced collection has ended, so a figure is never read before it.
/// </summary>
internal static class InducedGc
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    /// <returns>The generation the induced collection reached (2 for a full one).</returns>
    public static async Task<int> CollectAsync(int processId, CancellationToken cancellationToken = default)
    {
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, GcKeyword | GcHeapCollectKeyword)],
            requestRundown: false,
            circularBufferMB: 16);

        var inducedNumber = -1;
        var ended = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var source = new EventPipeEventSource(session.EventStream);
        source.Clr.GCStart += start =>
        {
            if (start.Reason is GCReason.Induced or GCReason.InducedNotForced)
            {
                inducedNumber = start.Count;
            }
        };
        source.Clr.GCStop += end =>
        {
            if (end.Count == inducedNumber)
            {
                ended.TrySetResult(end.Depth);
            }
        };
        var reading = Task.Run(source.Process, cancellationToken);
        try
        {
            return await ended.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
    }
}
