using System.Text;

namespace FollowUp.Api.OpenApi;

/// <summary>
/// The HTTP contract as an OpenAPI 3.0 document (<c>openapi.json</c> beside this file, embedded), the
/// same from every host. Kept as data so it reads like the contract it is; tests parse it with
/// Microsoft.OpenApi and hold its paths and methods equal to the route table.
/// </summary>
public static class OpenApiDocument
{
    private const string ResourceName = "FollowUp.Api.OpenApi.openapi.json";

    private static readonly Lazy<string> Text = new(Load);

    public static string Json => Text.Value;

    private static string Load()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(OpenApiDocument).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
