using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Operations;

/// <summary>Whether the app's storage and the durable runtime answered, each <c>ok</c> or <c>unreachable</c>.</summary>
public sealed record HealthReport(string Status, string Storage, string Durable)
{
    public const string Healthy = "healthy";

    [JsonIgnore]
    public bool IsHealthy => Status == Healthy;
}
