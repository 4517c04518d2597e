using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FollowUp.LocalHost;

/// <summary>
/// The inbound-email signing secret and the token key for local use: generated once into the data
/// folder (never committed), so links in emails already in the outbox keep working across restarts.
/// Values given in configuration or the environment take precedence.
/// </summary>
internal static class DevelopmentSecrets
{
    public const string FileName = "dev-secrets.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string EnsureFile(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return path;
        }

        var secrets = new JsonObject
        {
            ["FollowUp"] = new JsonObject
            {
                ["Inbound"] = new JsonObject { ["SigningSecret"] = NewSecret() },
                ["Tokens"] = new JsonObject { ["SigningKey"] = NewSecret() },
            },
        };

        // CreateNew: two hosts starting at once must not both write; the loser reads the winner's file.
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            JsonSerializer.Serialize(stream, secrets, Indented);
        }
        catch (IOException) when (File.Exists(path))
        {
        }

        return path;
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
