using System.Collections.Concurrent;
using System.Diagnostics;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// Notices each interview's first <c>.eml</c> in a pickup folder the moment it is moved into place
/// (inotify through <see cref="FileSystemWatcher"/>), with a directory check as a fallback should an
/// event be lost. Times are <see cref="Stopwatch"/> timestamps.
/// </summary>
internal sealed class OutboxWatcher : IDisposable
{
    private static readonly TimeSpan FallbackInterval = TimeSpan.FromMilliseconds(250);

    private readonly string _directory;
    private readonly FileSystemWatcher _watcher;
    private readonly ConcurrentDictionary<string, long> _firstSeen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private int _fallbacks;

    public OutboxWatcher(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _watcher = new FileSystemWatcher(directory)
        {
            Filter = "*",
            NotifyFilter = NotifyFilters.FileName,
            IncludeSubdirectories = false,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => Seen(e.Name);
        _watcher.Renamed += (_, e) => Seen(e.Name);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>How many first emails were noticed by the fallback check rather than by an event (their time is late by up to 250 ms).</summary>
    public int Fallbacks => _fallbacks;

    /// <summary>The timestamp at which the interview's first email existed.</summary>
    public async Task<long> WaitForFirstAsync(string interviewId, TimeSpan timeout)
    {
        var waiter = _waiting.GetOrAdd(interviewId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_firstSeen.TryGetValue(interviewId, out var already))
        {
            waiter.TrySetResult(already);
        }

        var deadline = Stopwatch.StartNew();
        while (!waiter.Task.IsCompleted)
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"No email for {interviewId} in {_directory} after {timeout.TotalSeconds:F0} s.");
            }

            await Task.WhenAny(waiter.Task, Task.Delay(FallbackInterval)).ConfigureAwait(false);
            if (!waiter.Task.IsCompleted && Directory.EnumerateFiles(_directory, interviewId + ".*.eml").Any())
            {
                Interlocked.Increment(ref _fallbacks);
                Seen(Path.GetFileName(Directory.EnumerateFiles(_directory, interviewId + ".*.eml").First()));
            }
        }

        return await waiter.Task.ConfigureAwait(false);
    }

    public int Count() => Directory.EnumerateFiles(_directory, "*.eml").Count(f => !Path.GetFileName(f).StartsWith('.'));

    public void Dispose() => _watcher.Dispose();

    private void Seen(string? name)
    {
        var now = Stopwatch.GetTimestamp();
        if (name is null || name.StartsWith('.') || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return;
        }

        var id = name[..dot];
        var first = _firstSeen.GetOrAdd(id, now);
        if (_waiting.TryGetValue(id, out var waiter))
        {
            waiter.TrySetResult(first);
        }
    }
}
