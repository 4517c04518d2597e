namespace FollowUp.Api.Tests.Telemetry;

/// <summary>
/// Meters and activity sources are process-wide: a test that counts metric points must not share the
/// process with hosts of other tests emitting the same metrics, so these tests run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
