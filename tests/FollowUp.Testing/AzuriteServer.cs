using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace FollowUp.Testing;

/// <summary>
/// A private Azurite (blob, queue and table) on free loopback ports, in memory, for one test run.
/// </summary>
/// <remarks>
/// Use it as an xUnit fixture (<see cref="InitializeAsync"/> starts it, <see cref="DisposeAsync"/> stops it),
/// or directly: <c>await using var azurite = await AzuriteServer.StartAsync();</c>. Azurite comes from the
/// repository's npm lock file and is installed with <c>npm ci</c> on first use. Pass
/// <see cref="ConnectionString"/> as <c>AzureWebJobsStorage</c> to the code under test.
/// </remarks>
public sealed class AzuriteServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The emulator's fixed, publicly documented development account key; not a secret.</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AccountName = "devstoreaccount1";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PersistTimeout = TimeSpan.FromSeconds(20);

    private readonly List<string> _output = [];
    private Process? _process;
    private string? _location;
    private bool _ownsLocation = true;
    private bool _persistent;
    private string? _requestLog;

    /// <summary>Everything the Azure SDKs and the Durable storage provider need to reach this instance.</summary>
    /// <exception cref="InvalidOperationException">Before the server started.</exception>
    public string ConnectionString =>
        _process is null
            ? throw new InvalidOperationException("Azurite has not been started.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={DevelopmentAccountKey};"
                + $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};"
                + $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};"
                + $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};");

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>Starts a server outside xUnit; dispose it to stop it.</summary>
    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new AzuriteServer();
        return await StartedAsync(server, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a server, in memory, that logs every request it serves to <paramref name="requestLog"/>
    /// (Azurite's debug log: one <c>Operation=…</c> line per request), so a benchmark can count the
    /// storage transactions that work costs. The log is large: for measuring, not for tests.
    /// </summary>
    public static async Task<AzuriteServer> StartWithRequestLogAsync(string requestLog, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestLog);
        var server = new AzuriteServer { _requestLog = Path.GetFullPath(requestLog) };
        return await StartedAsync(server, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a server that keeps its data in a folder instead of memory, so <see cref="RestartAsync"/>
    /// brings back everything it held, on the same ports: an emulator restart in the middle of a test.
    /// </summary>
    public static async Task<AzuriteServer> StartPersistentAsync(CancellationToken cancellationToken = default)
    {
        var server = new AzuriteServer { _persistent = true };
        return await StartedAsync(server, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a server on data that already exists, such as a recording made by an earlier release: it
    /// keeps its data in <paramref name="location"/>, which stays the caller's (it is not deleted on dispose).
    /// </summary>
    public static async Task<AzuriteServer> StartAtAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        if (!Directory.Exists(location))
        {
            throw new DirectoryNotFoundException($"No Azurite data folder at {location}.");
        }

        var server = new AzuriteServer { _persistent = true, _location = Path.GetFullPath(location), _ownsLocation = false };
        return await StartedAsync(server, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<AzuriteServer> StartedAsync(AzuriteServer server, CancellationToken cancellationToken)
    {
        try
        {
            await server.StartCoreAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the emulator and starts it again on the same ports and data folder.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        var process = _process ?? throw new InvalidOperationException("Azurite has not been started.");
        await StopAsync(process).ConfigureAwait(false);
        process.Dispose();
        var executable = await AzuriteInstall.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var restarted = Launch(executable);
        if (!await WaitUntilListeningAsync(restarted, cancellationToken).ConfigureAwait(false))
        {
            _process = null;
            throw new InvalidOperationException($"Azurite did not restart on ports {BlobPort}/{QueuePort}/{TablePort}. Its output:\n{Output()}");
        }

        _process = restarted;
    }

    public Task InitializeAsync() => StartCoreAsync(CancellationToken.None);

    /// <summary>
    /// SIGTERM, then wait for the ports to close. Azurite frees them promptly, but its node process can
    /// linger for minutes afterwards, so whatever is still alive then is killed (by pid, tree included).
    /// </summary>
    public async Task DisposeAsync()
    {
        var process = _process;
        if (process is not null)
        {
            AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
            await StopAsync(process).ConfigureAwait(false);
            process.Dispose();
        }

        if (_location is not null && _ownsLocation)
        {
            TryDeleteDirectory(_location);
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        var executable = await AzuriteInstall.EnsureAsync(cancellationToken).ConfigureAwait(false);
        _location ??= Directory.CreateTempSubdirectory("followup-azurite-").FullName;

        // A port found free can be taken by someone else before Azurite binds it: try again on new ports.
        for (var attempt = 1; ; attempt++)
        {
            (BlobPort, QueuePort, TablePort) = FreePorts();
            var process = Launch(executable);
            if (await WaitUntilListeningAsync(process, cancellationToken).ConfigureAwait(false))
            {
                _process = process;
                AppDomain.CurrentDomain.ProcessExit += KillOnExit;
                return;
            }

            await StopAsync(process).ConfigureAwait(false);
            process.Dispose();
            if (attempt == StartAttempts || !Output().Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Azurite did not start on ports {BlobPort}/{QueuePort}/{TablePort}. Its output:\n{Output()}");
            }
        }
    }

    private Process Launch(string executable)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = _location,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", Port(BlobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(QueuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(TablePort),

            // Tests pin SDK versions newer than the emulator may know, and there is no network to report to.
            "--skipApiVersionCheck", "--loose", "--disableTelemetry",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // In memory, so nothing outlives the run (the working directory catches any file it still writes);
        // on disk only when a test restarts the emulator and needs its data back.
        string[] persistence = _persistent ? ["--location", _location!] : ["--inMemoryPersistence"];
        foreach (var argument in persistence)
        {
            start.ArgumentList.Add(argument);
        }

        if (_requestLog is not null)
        {
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add(_requestLog);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> WaitUntilListeningAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                return false;
            }

            if (await AnswersAsync(BlobPort).ConfigureAwait(false)
                && await AnswersAsync(QueuePort).ConfigureAwait(false)
                && await AnswersAsync(TablePort).ConfigureAwait(false))
            {
                return true;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    private async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            Terminate(process);
            using var timeout = new CancellationTokenSource(StopTimeout);
            while (!timeout.IsCancellationRequested && !process.HasExited && await AnyAnswersAsync().ConfigureAwait(false))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None).ConfigureAwait(false);
            }
        }

        // Azurite closes its ports before it writes its databases to disk: a persistent instance gets
        // time to finish that save, or a restart would find its tables gone.
        if (_persistent && !process.HasExited)
        {
            using var saving = new CancellationTokenSource(PersistTimeout);
            try
            {
                await process.WaitForExitAsync(saving.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        // The ports are closed (or it ignored SIGTERM); a node process still alive now is only lingering.
        KillTree(process);
    }

    private async Task<bool> AnyAnswersAsync() =>
        await AnswersAsync(BlobPort).ConfigureAwait(false)
        || await AnswersAsync(QueuePort).ConfigureAwait(false)
        || await AnswersAsync(TablePort).ConfigureAwait(false);

    private void KillOnExit(object? sender, EventArgs e)
    {
        if (_process is { } process)
        {
            KillTree(process);
        }
    }

    private static void Terminate(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            KillTree(process);
            return;
        }

        try
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (Exception failure) when (failure is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            KillTree(process);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure) when (failure is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Three distinct ports the system has just given out; held together so none repeats.</summary>
    private static (int Blob, int Queue, int Table) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
                listener.Dispose();
            }
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 100)
            {
                _output.RemoveAt(0);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
