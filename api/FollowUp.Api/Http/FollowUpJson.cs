using System.Text.Json;
using System.Text.Json.Serialization;

using FollowUp.Api.Validation;

namespace FollowUp.Api.Http;

/// <summary>
/// The HTTP contract's JSON: camelCase, enums as camelCase strings, unknown members rejected so a
/// misspelt field is an error instead of silently ignored. Durable payloads keep the runtime's
/// default converter: a different converter has delivered null fields to an orchestration.
/// </summary>
public static class FollowUpJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Reads a request body, turning malformed JSON into a field error at the JSON path where it broke.
    /// </summary>
    public static T? Read<T>(ReadOnlySpan<byte> body, FieldErrors errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            var value = JsonSerializer.Deserialize<T>(body, Options);
            if (value is null)
            {
                errors.Add("$", "The body must be a JSON object.");
            }

            return value;
        }
        catch (JsonException failure)
        {
            errors.Add(FieldOf(failure.Path), Describe(failure));
            return null;
        }
    }

    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.TrimStart('$', '.');

    private static string Describe(JsonException failure) =>
        failure.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "Unknown field."
            : failure.Path is null or "$"
                ? "The body is not valid JSON."
                : "Has the wrong type or format (dates are ISO 8601 with an offset, e.g. 2026-11-25T15:00:00+09:00).";
}
