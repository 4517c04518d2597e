using System.Diagnostics;

namespace FollowUp.Orchestrations.Telemetry;

/// <summary>
/// The one name FollowUp's spans and metrics are published under (an ActivitySource and a Meter
/// both called <see cref="Name"/>), and the sources of the libraries whose spans belong in the same
/// trace. A host subscribes to these names; nothing else needs to know them.
/// </summary>
public static class FollowUpTelemetry
{
    public const string Name = "FollowUp";

    /// <summary>The Durable Task SDK's own spans: create_orchestration, orchestration, activity, timer.</summary>
    public const string DurableTaskSource = "Microsoft.DurableTask";

    /// <summary>Azure SDK clients (ACS email, Tables), emitted once the Azure.Core activity-source switch is on.</summary>
    public const string AzureSdkSources = "Azure.*";

    public static ActivitySource Source { get; } = new(Name);
}
