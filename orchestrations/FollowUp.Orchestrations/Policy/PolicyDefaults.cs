namespace FollowUp.Orchestrations.Policy;

/// <summary>
/// The playbook's default timing, written once. <see cref="FollowUpPolicyOptions"/> starts from these
/// and <see cref="FollowUpPolicy"/> parses them; docs/playbook.md explains each.
/// </summary>
public static class PolicyDefaults
{
    public const string ReplyWindow = "P2D";
    public const string NoResponseWindow = "P7D";
    public const string NurtureAfter = "P3M";
    public const string BookingWindow = "P1D";
    public const string ReminderBefore = "P1D";
    public const string KeepOpenFor = "P3M";

    /// <summary>Azure Storage timers are split at 3 days anyway; one execution per such timer keeps every history short.</summary>
    public const string MaxWaitPerExecution = "P3D";
    /// <summary>A failing step keeps being retried this long before the owner is asked to step in.</summary>
    public const string RetryFailuresFor = "P1D";

    /// <summary>The first wait between retries of a failing step; it doubles up to <see cref="RetryBackoffCap"/>.</summary>
    public const string RetryBackoffStart = "PT30S";
    public const string RetryBackoffCap = "PT15M";

    /// <summary>A step failing this long shows <c>NeedsAttention</c> in the status while it is still retried.</summary>
    public const string NeedsAttentionAfter = "PT5M";
    public const string SendWindow = "09:00-19:00";
    public const string DefaultTimeZone = "Asia/Tokyo";
    public const bool ReplyAutoApply = true;
    public const double ReplyMinConfidence = 0.8;
}
