namespace FollowUp.Orchestrations.Policy;

/// <summary>
/// The timing rules in force when an interview was reported. It is copied into the orchestration's
/// input, so a later configuration change never alters an interview already under way or its replay.
/// </summary>
public sealed record FollowUpPolicy
{
    /// <summary><c>considering</c>: wait after the thank-you email before the status check.</summary>
    public IsoDuration ReplyWindow { get; init; } = IsoDuration.Parse(PolicyDefaults.ReplyWindow);

    /// <summary><c>considering</c>: wait after the status check before closing as no-response.</summary>
    public IsoDuration NoResponseWindow { get; init; } = IsoDuration.Parse(PolicyDefaults.NoResponseWindow);

    /// <summary><c>undecided</c>: wait after the interview before the check-in.</summary>
    public IsoDuration NurtureAfter { get; init; } = IsoDuration.Parse(PolicyDefaults.NurtureAfter);

    /// <summary><c>proceed</c> without a date: wait for the booking before escalating again.</summary>
    public IsoDuration BookingWindow { get; init; } = IsoDuration.Parse(PolicyDefaults.BookingWindow);

    /// <summary><c>proceed</c>: how long before the next interview the reminder goes out.</summary>
    public IsoDuration ReminderBefore { get; init; } = IsoDuration.Parse(PolicyDefaults.ReminderBefore);

    /// <summary>
    /// How long a case stays open for a new reaction or a late reply once the playbook has done its
    /// part, e.g. for the owner to report <c>proceed</c> after the 3-month check-in.
    /// </summary>
    public IsoDuration KeepOpenFor { get; init; } = IsoDuration.Parse(PolicyDefaults.KeepOpenFor);

    /// <summary>
    /// The longest one execution waits: a longer wait continues as new with its state, so no history
    /// grows with the length of a wait and every wake-up replays only a few events.
    /// </summary>
    public IsoDuration MaxWaitPerExecution { get; init; } = IsoDuration.Parse(PolicyDefaults.MaxWaitPerExecution);

    /// <summary>
    /// How long a step that fails for a passing reason (a throttled provider, storage away) is retried
    /// with durable timers before the owner is told and the case waits for <c>POST …/retry</c>.
    /// </summary>
    public IsoDuration RetryFailuresFor { get; init; } = IsoDuration.Parse(PolicyDefaults.RetryFailuresFor);

    /// <summary>The first durable wait between retries; each next wait doubles it, up to <see cref="RetryBackoffCap"/>.</summary>
    public IsoDuration RetryBackoffStart { get; init; } = IsoDuration.Parse(PolicyDefaults.RetryBackoffStart);

    public IsoDuration RetryBackoffCap { get; init; } = IsoDuration.Parse(PolicyDefaults.RetryBackoffCap);

    /// <summary>How long a step may fail before the status shows <c>NeedsAttention</c>; short blips stay out of sight.</summary>
    public IsoDuration NeedsAttentionAfter { get; init; } = IsoDuration.Parse(PolicyDefaults.NeedsAttentionAfter);

    /// <summary>
    /// <c>FollowUp:Operations:OpsEmail</c> when the case was reported: gets a copy of every "a step is
    /// stuck" notice. Copied here so the orchestrator never reads configuration.
    /// </summary>
    public string? OpsEmail { get; init; }

    /// <summary>Candidate-local hours for scheduled follow-ups.</summary>
    public SendWindow SendWindow { get; init; } = SendWindow.Parse(PolicyDefaults.SendWindow);

    /// <summary>Whether a reply read with enough confidence moves a considering or undecided case by itself.</summary>
    public bool ReplyAutoApply { get; init; } = PolicyDefaults.ReplyAutoApply;

    /// <summary>The confidence a reading needs before it moves a case; below it the owner decides.</summary>
    public double ReplyMinConfidence { get; init; } = PolicyDefaults.ReplyMinConfidence;

    /// <summary>Used when the candidate gives no time zone.</summary>
    public string DefaultTimeZone { get; init; } = PolicyDefaults.DefaultTimeZone;
}
