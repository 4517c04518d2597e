namespace FollowUp.Email.Acs;

/// <summary>
/// <c>endpoint=https://…;accesskey=…</c> as the Azure portal shows it. The key is kept out of
/// <see cref="object.ToString"/> so a logged options object never leaks it.
/// </summary>
public sealed record AcsConnectionString(Uri Endpoint, string AccessKey)
{
    private const string EndpointName = "endpoint";
    private const string AccessKeyName = "accesskey";

    public static AcsConnectionString Parse(string connectionString) =>
        TryParse(connectionString, out var parsed)
            ? parsed
            : throw new FormatException("An ACS connection string must be 'endpoint=<url>;accesskey=<base64 key>'.");

    public static bool TryParse(string? connectionString, out AcsConnectionString parsed)
    {
        parsed = null!;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        string? endpoint = null;
        string? key = null;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name.Equals(EndpointName, StringComparison.OrdinalIgnoreCase))
            {
                endpoint = value;
            }
            else if (name.Equals(AccessKeyName, StringComparison.OrdinalIgnoreCase))
            {
                key = value;
            }
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(key) || !IsBase64(key))
        {
            return false;
        }

        parsed = new AcsConnectionString(uri, key);
        return true;
    }

    public override string ToString() => $"endpoint={Endpoint};accesskey=***";

    private static bool IsBase64(string value) => Convert.TryFromBase64String(value, new byte[value.Length], out _);
}
