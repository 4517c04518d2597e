namespace FollowUp.Orchestrations.Telemetry;

/// <summary>Why a case needs a person (the <see cref="MetricNames.CasesNeedingAttention"/> reason tag).</summary>
public static class AttentionReasons
{
    /// <summary>A candidate email failed for good and the owner was sent <c>OwnerDeliveryFailed</c>.</summary>
    public const string DeliveryFailed = "delivery_failed";

    /// <summary>A step kept failing past the retry period: the owner was sent <c>OwnerStepStuck</c> and the case waits for a retry.</summary>
    public const string StepStuck = "step_stuck";
}
