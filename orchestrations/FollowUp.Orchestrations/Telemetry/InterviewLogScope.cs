using System.Collections;

namespace FollowUp.Orchestrations.Telemetry;

/// <summary>
/// A log scope of one key, <see cref="TelemetryAttributes.InterviewId"/>: exporters turn scope
/// key-value pairs into log attributes (Application Insights: customDimensions).
/// </summary>
public sealed class InterviewLogScope(string interviewId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string InterviewId { get; } = interviewId;

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(TelemetryAttributes.InterviewId, InterviewId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{TelemetryAttributes.InterviewId}:{InterviewId}";
}
