using System.Diagnostics;

namespace FollowUp.Testing;

/// <summary>
/// Azurite comes from the repository's committed npm lock file, installed on first use. Fixtures in
/// parallel test processes may all find it missing at once; a file lock lets one install while the
/// others wait and then find it there.
/// </summary>
internal static class AzuriteInstall
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    public static string Executable => Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");

    /// <summary>The path of the azurite launcher, after <c>npm ci</c> if it was missing.</summary>
    public static async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Executable))
        {
            return Executable;
        }

        var locks = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, ".data"));
        await using var held = await AcquireAsync(Path.Combine(locks.FullName, "npm-ci.lock"), cancellationToken).ConfigureAwait(false);
        if (!File.Exists(Executable))
        {
            await NpmCiAsync(cancellationToken).ConfigureAwait(false);
        }

        return File.Exists(Executable)
            ? Executable
            : throw new InvalidOperationException($"npm ci finished but {Executable} is still missing; is azurite in package-lock.json?");
    }

    private static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the file, held until the stream is disposed.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token).ConfigureAwait(false);
            }
        }
    }

    private static async Task NpmCiAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm; is Node.js installed?");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci --no-audit --no-fund failed in {RepositoryRoot.Path} (exit {npm.ExitCode}):\n{await output.ConfigureAwait(false)}\n{await errors.ConfigureAwait(false)}");
        }
    }
}
