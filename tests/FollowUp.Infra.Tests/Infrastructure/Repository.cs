using System.Reflection;

namespace FollowUp.Infra.Tests.Infrastructure;

/// <summary>Paths baked in at build time (see the csproj), so tests run from any directory.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string BicepDirectory { get; } = Path.Combine(Root, "infra", "bicep");

    public static string MainTemplate { get; } = Path.Combine(BicepDirectory, "main.bicep");

    public static string BicepExecutable { get; } = Metadata("BicepPath");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; see FollowUp.Infra.Tests.csproj.");
}
