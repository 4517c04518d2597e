using System.Diagnostics;

namespace FollowUp.Infra.Tests.Infrastructure;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs the bicep binary restored from the Azure.Bicep.CommandLine NuGet package.</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var executable = Repository.BicepExecutable;
        EnsureExecutable(executable);

        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        using var cancellation = new CancellationTokenSource(Timeout);
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellation.Token);
        var standardError = process.StandardError.ReadToEndAsync(cancellation.Token);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new ProcessResult(
            process.ExitCode,
            await standardOutput.ConfigureAwait(false),
            await standardError.ConfigureAwait(false));
    }

    // NuGet extracts package files without the execute bit on some systems.
    private static void EnsureExecutable(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                "The bicep binary is missing: restore FollowUp.Infra.Tests (package Azure.Bicep.CommandLine.linux-x64).", path);
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}
