namespace FollowUp.Orchestrations.Telemetry;

/// <summary>How a send failed, as the <see cref="MetricNames.DeliveryFailures"/> metric tells them apart.</summary>
public enum DeliveryFailureKind
{
    /// <summary>May pass on retry (network, 429, 5xx): the activity fails and Durable retries it.</summary>
    Transient,

    /// <summary>The provider's final answer (bad address, rejected content): the owner is told.</summary>
    Permanent,
}
