using System.Text.Json;

namespace FollowUp.Infra.Tests.Infrastructure;

/// <summary>main.bicep built to ARM JSON once for all tests that read it.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private JsonDocument? _document;

    internal ProcessResult Build { get; private set; } = new(-1, "", "");

    internal IReadOnlyList<Diagnostic> BuildDiagnostics { get; private set; } = [];

    public JsonElement Root => (_document ?? throw new InvalidOperationException("The template did not build.")).RootElement;

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync(
            Repository.BicepDirectory, "build", Repository.MainTemplate, "--stdout", "--diagnostics-format", "sarif")
            .ConfigureAwait(false);
        BuildDiagnostics = string.IsNullOrWhiteSpace(Build.StandardError) ? [] : Sarif.Parse(Build.StandardError).Diagnostics;
        if (Build.ExitCode == 0)
        {
            _document = JsonDocument.Parse(Build.StandardOutput);
        }
    }

    public Task DisposeAsync()
    {
        _document?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Every resource, including those inside module deployments (nested templates).</summary>
    public IEnumerable<JsonElement> Resources => ResourcesOf(Root).Select(r => r.Resource);

    /// <summary>Like <see cref="Resources"/>, each with the (nested) template that declares it.</summary>
    public IEnumerable<(JsonElement Resource, JsonElement Template)> ResourcesWithTemplate => ResourcesOf(Root);

    /// <summary>Resources of <paramref name="type"/> a template deploys; references to existing ones are not among them.</summary>
    public IEnumerable<JsonElement> ResourcesOfType(string type) =>
        Resources.Where(r => string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase) && !IsExisting(r));

    private static bool IsExisting(JsonElement resource) =>
        resource.TryGetProperty("existing", out var existing) && existing.ValueKind == JsonValueKind.True;

    /// <summary>The function app's settings: name → value (an ARM expression or a literal).</summary>
    public IReadOnlyDictionary<string, string> AppSettings
    {
        get
        {
            var config = ResourcesOfType("Microsoft.Web/sites/config")
                .Single(r => r.GetProperty("name").GetString()!.Contains("'appsettings'", StringComparison.Ordinal));
            return config.GetProperty("properties").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);
        }
    }

    public JsonElement Parameter(string name) => Root.GetProperty("parameters").GetProperty(name);

    /// <summary>The module deployment whose own template declares (not merely references as existing) a resource of <paramref name="type"/>, not one nested deeper.</summary>
    public JsonElement ModuleDeclaring(string type) =>
        ResourcesOfType("Microsoft.Resources/deployments").Single(d =>
            TopLevelResources(d.GetProperty("properties").GetProperty("template"))
                .Any(r => string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase)
                    && !IsExisting(r)));

    public JsonElement Outputs => Root.GetProperty("outputs");

    // Templates with symbolic names (languageVersion 2.0) hold an object, older ones an array.
    private static IEnumerable<JsonElement> TopLevelResources(JsonElement template) =>
        !template.TryGetProperty("resources", out var resources)
            ? []
            : resources.ValueKind == JsonValueKind.Object
                ? resources.EnumerateObject().Select(p => p.Value)
                : resources.EnumerateArray();

    private static IEnumerable<(JsonElement Resource, JsonElement Template)> ResourcesOf(JsonElement template)
    {
        foreach (var resource in TopLevelResources(template))
        {
            yield return (resource, template);
            if (resource.TryGetProperty("properties", out var properties)
                && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty("template", out var nested))
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplateGroup : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled main.bicep";
}
