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
    private const int StartAttempts = 3;

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
    public static Task<LocalHostProcess> StartAsync(AzuriteServer azurite, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(azurite, new LocalHostProcessOptions { Settings = settings ?? new Dictionary<string, string>() });

    /// <summary>A host on a fresh data folder, on the task hub and with the secrets <paramref name="options"/> name, if any.</summary>
    public static async Task<LocalHostProcess> StartAsync(AzuriteServer azurite, LocalHostProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ArgumentNullException.ThrowIfNull(options);
        for (var attempt = 1; ; attempt++)
        {
            var host = Create(azurite, options);
            try
            {
                await host.StartProcessAsync();
                return host;
            }
            catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
            {
                await host.DisposeAsync();

                // A port found free can be taken by another process before the host binds it: try again on new ports.
                if (attempt == StartAttempts || !host.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
                {
                    throw;
                }
            }
        }
    }

    private static LocalHostProcess Create(AzuriteServer azurite, LocalHostProcessOptions options)
    {
        var data = Directory.CreateTempSubdirectory("followup-e2e-").FullName;
        if (options.DevelopmentSecretsFile is { } secrets)
        {
            // The host keeps a dev-secrets.json it finds and generates one only when there is none.
            File.Copy(secrets, Path.Combine(data, "dev-secrets.json"));
        }

        var httpPort = FreePort();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["FollowUpTaskHub"] = options.TaskHub ?? $"e2e{Guid.NewGuid():N}"[..20],
            ["FollowUp__Local__HttpPort"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["FollowUp__Local__SidecarPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["FollowUp__Local__DataDirectory"] = data,
            ["FollowUp__Email__PickupDirectory"] = Path.Combine(data, "outbox"),
            ["FollowUp__PublicBaseUrl"] = $"http://127.0.0.1:{httpPort}",
            ["FollowUp__Policy__SendWindow"] = "00:00-24:00",
            ["FollowUp__Policy__KeepOpenFor"] = "PT0S",
        };
        foreach (var (key, value) in options.Settings)
        {
            environment[key] = value;
        }

        return new LocalHostProcess(data, httpPort, environment);
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

/// <summary>How <see cref="LocalHostProcess.StartAsync(AzuriteServer, LocalHostProcessOptions)"/> starts a host.</summary>
public sealed record LocalHostProcessOptions
{
    /// <summary>Configuration overrides in environment form (FollowUp__Policy__ReplyWindow = PT5S).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>A task hub that already holds cases (e.g. recorded by an earlier release); null = a fresh hub of its own.</summary>
    public string? TaskHub { get; init; }

    /// <summary>
    /// A <c>dev-secrets.json</c> to start with instead of a generated one, so reply addresses and opt-out
    /// links signed by an earlier host still verify; null = generated.
    /// </summary>
    public string? DevelopmentSecretsFile { get; init; }
}
