using System.Text.Json;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>The headers a webhook passed along, looked up by name case-insensitively as RFC 5322 has it.</summary>
public sealed class InboundHeaders
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public static InboundHeaders Empty { get; } = new();

    /// <summary>Keeps string values and the strings of array values; anything else is not a header value and is dropped.</summary>
    public static InboundHeaders From(IReadOnlyDictionary<string, JsonElement>? headers)
    {
        var result = new InboundHeaders();
        foreach (var (name, value) in headers ?? new Dictionary<string, JsonElement>())
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    result.Add(name, value.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                    {
                        result.Add(name, item.GetString()!);
                    }

                    break;
            }
        }

        return result;
    }

    public static InboundHeaders Of(params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var result = new InboundHeaders();
        foreach (var (name, value) in headers)
        {
            result.Add(name, value);
        }

        return result;
    }

    public IEnumerable<string> All(string name) => _values.TryGetValue(name, out var values) ? values : [];

    public string? First(string name) => All(name).FirstOrDefault();

    public bool Contains(string name) => _values.ContainsKey(name);

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            values = [];
            _values[name] = values;
        }

        values.Add(value.Trim());
    }
}
