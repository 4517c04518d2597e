using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace FollowUp.Testing;

/// <summary>
/// The local host as a separate process, the way ./run.sh starts it, against a given Azurite. It can be
/// killed with SIGKILL and started again on the same ports, data folder and task hub.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private LocalHostProcess(string dataDirectory, int httpPort, Dictionary<string, string> environment)
    {
        DataDirectory = dataDirectory;
        HttpPort = httpPort;
        _environment = environment;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string DataDirectory { get; }

    public int HttpPort { get; }

    public HttpClient Http { get; }

    public Outbox Outbox => new(Path.Combine(DataDirectory, "outbox"));

    /// <summary>The generated secret the inbound webhook checks signatures with.</summary>
    public string InboundSigningSecret =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, "dev-secrets.json")))
            .RootElement.GetProperty("FollowUp").GetProperty("Inbound").GetProperty("SigningSecret").GetString()!;

    public string Output => string.Join('\n', _output);

    /// <param name="settings">Configuration overrides in environment form (FollowUp__Policy__ReplyWindow = PT5S).</param>
    public static async Task<LocalHostProcess> StartAsync(AzuriteServer azurite, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var data = Directory.CreateTempSubdirectory("followup-e2e-").FullName;
        var httpPort = FreePort();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["FollowUpTaskHub"] = $"e2e{Guid.NewGuid():N}"[..20],
            ["FollowUp__Local__HttpPort"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["FollowUp__Local__SidecarPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["FollowUp__Local__DataDirectory"] = data,
            ["FollowUp__Email__PickupDirectory"] = Path.Combine(data, "outbox"),
            ["FollowUp__PublicBaseUrl"] = $"http://127.0.0.1:{httpPort}",
            ["FollowUp__Policy__SendWindow"] = "00:00-24:00",
            ["FollowUp__Policy__KeepOpenFor"] = "PT0S",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var host = new LocalHostProcess(data, httpPort, environment);
        await host.StartProcessAsync();
        return host;
    }

    /// <summary>SIGKILL: no shutdown, no flush, like a crashed machine.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process?.Dispose();
        _process = null;
    }

    public Task RestartAsync()
    {
        Kill();
        return StartProcessAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        await Task.Run(() =>
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        });
    }

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = DataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(LocalHostAssembly());
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!deadline.IsCancellationRequested)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The local host exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var health = await Http.GetAsync(new Uri("/api/health", UriKind.Relative), deadline.Token);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200, CancellationToken.None);
        }

        throw new TimeoutException($"The local host did not become healthy:\n{Output}");
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>The local host built in the same configuration as these tests (the project reference builds it).</summary>
    private static string LocalHostAssembly()
    {
        var configuration = typeof(LocalHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "local", "FollowUp.LocalHost", "bin", configuration, "net10.0", "FollowUp.LocalHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the local host first (dotnet build FollowUp.sln).", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
