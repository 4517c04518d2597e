using System.Text.Json;

namespace FollowUp.Storage;

/// <summary>
/// The JSON of payloads kept in rows. Unknown members are ignored, unlike the HTTP contract: a row
/// written by a newer version must still read after a rollback.
/// </summary>
internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is null.");
}
