using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Policy;

/// <summary>
/// <c>FollowUp:Policy</c> as written in configuration: text, so that a bad value is reported by key
/// with the value that was given, at start-up rather than when the first interview arrives.
/// </summary>
public sealed class FollowUpPolicyOptions
{
    public const string SectionName = "FollowUp:Policy";

    public string ReplyWindow { get; set; } = PolicyDefaults.ReplyWindow;

    public string NoResponseWindow { get; set; } = PolicyDefaults.NoResponseWindow;

    public string NurtureAfter { get; set; } = PolicyDefaults.NurtureAfter;

    public string BookingWindow { get; set; } = PolicyDefaults.BookingWindow;

    public string ReminderBefore { get; set; } = PolicyDefaults.ReminderBefore;

    public string KeepOpenFor { get; set; } = PolicyDefaults.KeepOpenFor;

    public string MaxWaitPerExecution { get; set; } = PolicyDefaults.MaxWaitPerExecution;

    public string RetryFailuresFor { get; set; } = PolicyDefaults.RetryFailuresFor;

    public string RetryBackoffStart { get; set; } = PolicyDefaults.RetryBackoffStart;

    public string RetryBackoffCap { get; set; } = PolicyDefaults.RetryBackoffCap;

    public string NeedsAttentionAfter { get; set; } = PolicyDefaults.NeedsAttentionAfter;

    public string SendWindow { get; set; } = PolicyDefaults.SendWindow;

    public string DefaultTimeZone { get; set; } = PolicyDefaults.DefaultTimeZone;

    /// <summary>The policy these options describe; call only on options that passed validation.</summary>
    public FollowUpPolicy ToPolicy() => new()
    {
        ReplyWindow = IsoDuration.Parse(ReplyWindow),
        NoResponseWindow = IsoDuration.Parse(NoResponseWindow),
        NurtureAfter = IsoDuration.Parse(NurtureAfter),
        BookingWindow = IsoDuration.Parse(BookingWindow),
        ReminderBefore = IsoDuration.Parse(ReminderBefore),
        KeepOpenFor = IsoDuration.Parse(KeepOpenFor),
        MaxWaitPerExecution = IsoDuration.Parse(MaxWaitPerExecution),
        RetryFailuresFor = IsoDuration.Parse(RetryFailuresFor),
        RetryBackoffStart = IsoDuration.Parse(RetryBackoffStart),
        RetryBackoffCap = IsoDuration.Parse(RetryBackoffCap),
        NeedsAttentionAfter = IsoDuration.Parse(NeedsAttentionAfter),
        SendWindow = Policy.SendWindow.Parse(SendWindow),
        DefaultTimeZone = DefaultTimeZone,
    };
}

/// <summary>Checks every <c>FollowUp:Policy</c> value and names the key and the bad value.</summary>
public sealed class FollowUpPolicyOptionsValidator : IValidateOptions<FollowUpPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        void Duration(string key, string value, bool mayBeZero = false)
        {
            if (!IsoDuration.TryParse(value, out var duration))
            {
                failures.Add($"{FollowUpPolicyOptions.SectionName}:{key} = '{value}' is not an ISO 8601 duration (e.g. P2D, P3M, PT20S).");
            }
            else if (duration.IsZero && !mayBeZero)
            {
                failures.Add($"{FollowUpPolicyOptions.SectionName}:{key} = '{value}' must be longer than zero.");
            }
        }

        Duration(nameof(options.ReplyWindow), options.ReplyWindow);
        Duration(nameof(options.NoResponseWindow), options.NoResponseWindow);
        Duration(nameof(options.NurtureAfter), options.NurtureAfter);
        Duration(nameof(options.BookingWindow), options.BookingWindow);
        Duration(nameof(options.ReminderBefore), options.ReminderBefore, mayBeZero: true);
        Duration(nameof(options.KeepOpenFor), options.KeepOpenFor, mayBeZero: true);
        Duration(nameof(options.MaxWaitPerExecution), options.MaxWaitPerExecution);
        Duration(nameof(options.RetryFailuresFor), options.RetryFailuresFor, mayBeZero: true);
        Duration(nameof(options.RetryBackoffStart), options.RetryBackoffStart);
        Duration(nameof(options.RetryBackoffCap), options.RetryBackoffCap);
        Duration(nameof(options.NeedsAttentionAfter), options.NeedsAttentionAfter, mayBeZero: true);

        if (!SendWindow.TryParse(options.SendWindow, out _))
        {
            failures.Add($"{FollowUpPolicyOptions.SectionName}:{nameof(options.SendWindow)} = '{options.SendWindow}' is not a window of local hours such as 09:00-19:00 (00:00-24:00 = any time).");
        }

        if (ZonedTime.FindZone(options.DefaultTimeZone) is null)
        {
            failures.Add($"{FollowUpPolicyOptions.SectionName}:{nameof(options.DefaultTimeZone)} = '{options.DefaultTimeZone}' is not a time zone this machine knows (use an IANA id such as Asia/Tokyo).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
