using System.Text;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The fields of a provider's form post (application/x-www-form-urlencoded or multipart/form-data), host-neutral.
/// A field is kept as it arrived: bytes when the host read the multipart section raw, text when the host
/// already decoded it. The difference matters for SendGrid, which posts each body in the sender's charset
/// and names it in <c>charsets</c>; only raw bytes can still be decoded with it.
/// </summary>
public sealed class WebhookForm
{
    private readonly Dictionary<string, Field> _fields;

    private WebhookForm(Dictionary<string, Field> fields) => _fields = fields;

    /// <summary>Fields the host already decoded (as ASP.NET's form reader does, in UTF-8). The first of a repeated name wins.</summary>
    public static WebhookForm FromText(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var result = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            result.TryAdd(name, new Field(value, default));
        }

        return new WebhookForm(result);
    }

    /// <summary>Fields as the raw bytes of their multipart sections. The first of a repeated name wins.</summary>
    public static WebhookForm FromBytes(IEnumerable<KeyValuePair<string, byte[]>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var result = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            result.TryAdd(name, new Field(null, value));
        }

        return new WebhookForm(result);
    }

    public bool Contains(string name) => _fields.ContainsKey(name);

    /// <summary>The field's text: raw bytes decoded with <paramref name="charset"/> (UTF-8 when null or unknown); decoded text as it is.</summary>
    public string? Text(string name, string? charset = null) =>
        _fields.TryGetValue(name, out var field)
            ? field.Text ?? Charsets.Decode(field.Bytes.Span, charset)
            : null;

    /// <summary>The field's bytes: raw as received, or decoded text encoded back as UTF-8.</summary>
    public bool TryGetBytes(string name, out ReadOnlyMemory<byte> bytes)
    {
        if (_fields.TryGetValue(name, out var field))
        {
            bytes = field.Text is null ? field.Bytes : Encoding.UTF8.GetBytes(field.Text);
            return true;
        }

        bytes = default;
        return false;
    }

    private readonly record struct Field(string? Text, ReadOnlyMemory<byte> Bytes);
}
