using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// Resident memory and CPU time of one process, read by the operating system's own accounting
/// (<c>/proc</c> on Linux): what a user would see in <c>top</c>.
/// </summary>
internal sealed class ProcessProbe : IDisposable
{
    private readonly Process _process;

    private ProcessProbe(Process process) => _process = process;

    public int Id => _process.Id;

    public static ProcessProbe Self() => new(Process.GetCurrentProcess());

    public static ProcessProbe? Find(string processName, Func<int, bool> match)
    {
        foreach (var candidate in Process.GetProcessesByName(processName))
        {
            if (match(candidate.Id))
            {
                return new ProcessProbe(candidate);
            }

            candidate.Dispose();
        }

        return null;
    }

    /// <summary>The local host started by LocalHostProcess: a dotnet process whose environment names its HTTP port.</summary>
    public static ProcessProbe? LocalHost(int httpPort) =>
        Find("dotnet", pid => ReadProc(pid, "environ").Split('\0').Contains($"FollowUp__Local__HttpPort={httpPort.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The Azurite node process serving the given table port.</summary>
    public static ProcessProbe? Azurite(int tablePort)
    {
        var needle = $"--tablePort\0{tablePort.ToString(CultureInfo.InvariantCulture)}\0";
        return Find("node", pid => ReadProc(pid, "cmdline").Contains(needle, StringComparison.Ordinal));
    }

    public long RssBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Average CPU (in cores) and the last RSS over a window of wall time.</summary>
    public async Task<(double Cores, long RssBytes, long PeakRssBytes)> SampleAsync(TimeSpan window, CancellationToken cancellationToken = default)
    {
        var cpu0 = CpuTime;
        var clock = Stopwatch.StartNew();
        long peak = 0;
        while (clock.Elapsed < window)
        {
            peak = Math.Max(peak, RssBytes);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }

        var rss = RssBytes;
        return ((CpuTime - cpu0).TotalSeconds / clock.Elapsed.TotalSeconds, rss, Math.Max(peak, rss));
    }

    public void Dispose() => _process.Dispose();

    private static string ReadProc(int pid, string file)
    {
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/{file}"));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
