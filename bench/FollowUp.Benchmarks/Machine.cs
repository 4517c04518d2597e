using System.Runtime.InteropServices;
using System.Text.Json;
using FollowUp.Testing;

namespace FollowUp.Benchmarks;

internal static class Machine
{
    public static MachineInfo Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadFirst("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var memoryGb = double.TryParse(memKb, System.Globalization.CultureInfo.InvariantCulture, out var kb) ? kb / 1024 / 1024 : 0;
        return new MachineInfo(
            cpu,
            Environment.ProcessorCount,
            Math.Round(memoryGb, 1),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            Run("node", "--version"),
            AzuriteVersion());
    }

    private static string? ReadFirst(string file, string key)
    {
        try
        {
            return File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string AzuriteVersion()
    {
        try
        {
            using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "node_modules", "azurite", "package.json")));
            return package.RootElement.GetProperty("version").GetString() ?? "?";
        }
        catch (Exception failure) when (failure is IOException or JsonException or KeyNotFoundException)
        {
            return "?";
        }
    }

    private static string Run(string program, string argument)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, argument) { RedirectStandardOutput = true, UseShellExecute = false });
            var text = process?.StandardOutput.ReadToEnd().Trim() ?? "?";
            process?.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
