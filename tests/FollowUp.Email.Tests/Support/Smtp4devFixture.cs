using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;
using MimeKit;

namespace FollowUp.Email.Tests.Support;

/// <summary>
/// smtp4dev on free loopback ports for the SMTP tests: installed into <c>.tools/smtp4dev</c> when
/// missing, started with an in-memory database, read through its HTTP API, stopped afterwards.
/// </summary>
public sealed class Smtp4devFixture : IAsyncLifetime
{
    private const string Version = "3.15.0";
    private const string Package = "Rnwood.Smtp4dev";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("smtp4dev-").FullName;
    private Process? _process;

    public int SmtpPort { get; private set; }

    public HttpClient Api { get; } = new();

    public async Task InitializeAsync()
    {
        var toolDirectory = Path.Combine(RepositoryRoot(), ".tools", "smtp4dev");
        var executable = Path.Combine(toolDirectory, OperatingSystem.IsWindows() ? "smtp4dev.exe" : "smtp4dev");
        if (!File.Exists(executable))
        {
            await RunAsync("dotnet", ["tool", "install", "--tool-path", toolDirectory, Package, "--version", Version]);
        }

        SmtpPort = FreePort();
        var webPort = FreePort();
        Api.BaseAddress = new Uri($"http://127.0.0.1:{webPort}/");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"--urls=http://127.0.0.1:{webPort}",
            $"--smtpport={SmtpPort}",
            $"--imapport={FreePort()}",
            $"--pop3port={FreePort()}",
            "--db=",
            "--bindaddress=127.0.0.1",
            "--disableipv6",
            $"--baseappdatapath={_dataDirectory}",
            "--nousersettings",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Api.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    /// <summary>The messages smtp4dev received for <paramref name="recipient"/>, parsed from their raw source.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string recipient)
    {
        var page = await Api.GetFromJsonAsync<MessagePage>("api/messages?pageSize=50") ?? new MessagePage([]);
        var messages = new List<MimeMessage>();
        foreach (var summary in page.Results.Where(m => m.To.Contains(recipient, StringComparer.OrdinalIgnoreCase)))
        {
            await using var raw = await Api.GetStreamAsync(new Uri($"api/messages/{summary.Id}/raw", UriKind.Relative));
            messages.Add(await MimeMessage.LoadAsync(raw));
        }

        return messages;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev exited with {_process.ExitCode}.");
            }

            try
            {
                using var response = await Api.GetAsync(new Uri("api/messages?pageSize=1", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK && SmtpAccepts())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("smtp4dev did not answer within 60 s.");
    }

    private bool SmtpAccepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var details = await output + await error;
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{file} exited with {process.ExitCode}: {details}"));
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Directory.Packages.props) was not found.");
    }

    private sealed record MessagePage([property: JsonPropertyName("results")] IReadOnlyList<MessageSummary> Results);

    private sealed record MessageSummary(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("to")] IReadOnlyList<string> To);
}
