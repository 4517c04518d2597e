using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>
/// One erasure request as kept in its row and shown at <c>GET /api/erasure-requests/{id}</c>. It never
/// holds the address: what is left to do is named by interview ids only.
/// </summary>
public sealed record ErasureRequest
{
    public required string Id { get; init; }

    public required ErasureStatus Status { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public ErasureRemoved Removed { get; init; } = new();

    /// <summary>Interviews whose instance did not stop in time to be purged; the status read finishes them.</summary>
    public IReadOnlyList<string> RemainingInterviewIds { get; init; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<ErasureStatus>))]
public enum ErasureStatus
{
    Pending,
    Completed,
}

/// <summary>What an erasure removed, counted; no address and no name.</summary>
/// <param name="Interviews">Interviews found for the address.</param>
/// <param name="Rows">Table rows deleted: reports, timeline entries, retrospectives, the talent-pool entry.</param>
/// <param name="InstancesTerminated">Cases that were still running or pending and were stopped.</param>
/// <param name="Histories">Orchestration instances purged with their histories.</param>
/// <param name="EmailFiles">Copies of sent emails deleted from the pickup folder.</param>
public sealed record ErasureRemoved(int Interviews = 0, int Rows = 0, int InstancesTerminated = 0, int Histories = 0, int EmailFiles = 0, int VoiceRecordings = 0)
{
    public static ErasureRemoved operator +(ErasureRemoved left, ErasureRemoved right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Interviews + right.Interviews,
            left.Rows + right.Rows,
            left.InstancesTerminated + right.InstancesTerminated,
            left.Histories + right.Histories,
            left.EmailFiles + right.EmailFiles,
            left.VoiceRecordings + right.VoiceRecordings);
    }

    public ErasureRemoved Add(ErasureRemoved other) => this + other;
}
