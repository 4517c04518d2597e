namespace FollowUp.Orchestrations.Operations.Erasure;

/// <summary>What an erasure removed: counts only, never the address.</summary>
/// <param name="InstancesRemaining">Instances that did not stop in time to be purged; repeat the request to finish.</param>
public sealed record ErasureSummary(int Interviews, int InstancesTerminated, int InstancesPurged, int InstancesRemaining);
