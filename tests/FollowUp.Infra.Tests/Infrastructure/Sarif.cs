using System.Text;
using System.Text.Json;

namespace FollowUp.Infra.Tests.Infrastructure;

internal sealed record Diagnostic(string RuleId, string Level, string File, int Line, string Message)
{
    public override string ToString() => $"{File}({Line}): {Level} {RuleId}: {Message}";
}

/// <summary>Reads bicep's SARIF output; with --pattern it writes one SARIF document per file, back to back.</summary>
internal static class Sarif
{
    public static (int Documents, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var documents = 0;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            documents++;
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                foreach (var result in run.GetProperty("results").EnumerateArray())
                {
                    diagnostics.Add(ToDiagnostic(result));
                }
            }
        }

        return (documents, diagnostics);
    }

    private static Diagnostic ToDiagnostic(JsonElement result)
    {
        var location = result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
            ? locations[0].GetProperty("physicalLocation")
            : default;
        var file = location.ValueKind == JsonValueKind.Object
            ? location.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? ""
            : "";
        var line = location.ValueKind == JsonValueKind.Object && location.TryGetProperty("region", out var region)
            ? region.GetProperty("startLine").GetInt32()
            : 0;
        var level = result.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
        return new Diagnostic(
            result.TryGetProperty("ruleId", out var rule) ? rule.GetString() ?? "" : "",
            level,
            file,
            line,
            result.GetProperty("message").GetProperty("text").GetString() ?? "");
    }
}
