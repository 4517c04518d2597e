using FollowUp.Orchestrations.Activities;
using FollowUp.Orchestrations.Emails;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// How the playbook calls its activities. Version 1 keeps its five quick tries and then fails the
/// email (owner told) or the case. From version 2 a step waits failures out (docs/playbook.md,
/// "When a step fails"): a few quick tries inside the call, then durable timers with doubling waits
/// until <see cref="Policy.FollowUpPolicy.RetryFailuresFor"/> has passed, then the owner (and ops) are
/// told and the case waits for a retry request. Only a permanent failure skips the waiting.
/// </summary>
internal sealed partial class FollowUpRun
{
    // Version 2's quick tries: seconds apart, so a blip never reaches the durable backoff.
    private static readonly TaskOptions EmailStepRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromSeconds(10))
    {
        HandleFailure = failure => !IsPermanentEmailFailure(failure),
    });

    private static readonly TaskOptions StoreStepRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromSeconds(10))
    {
        HandleFailure = failure => !IsPermanentStoreFailure(failure),
    });

    private bool IsPatient => _input.Version >= FollowUpInput.PatientStepsVersion;

    /// <summary>A refused address, a dropped message or a template that cannot render: no retry changes it.</summary>
    private static bool IsPermanentEmailFailure(TaskFailureDetails failure) => IsOneOf(failure, PermanentEmailFailures);

    /// <summary>A store refusing the data itself (a bad key or value) refuses it again on every retry.</summary>
    private static bool IsPermanentStoreFailure(TaskFailureDetails failure) => IsOneOf(failure, PermanentStoreFailures);

    // By name, not TaskFailureDetails.IsCausedBy: that loads the type by scanning every assembly and
    // throws AmbiguousMatchException for a type that facades forward (System.Net.Http.HttpRequestException,
    // a network error), and a throwing HandleFailure stops the retries on exactly the failures that need them.
    private static readonly string[] PermanentEmailFailures = [typeof(EmailDeliveryException).FullName!];

    private static readonly string[] PermanentStoreFailures =
        [typeof(ArgumentException).FullName!, typeof(ArgumentNullException).FullName!, typeof(ArgumentOutOfRangeException).FullName!];

    private static bool IsOneOf(TaskFailureDetails failure, string[] errorTypes) => errorTypes.Contains(failure.ErrorType, StringComparer.Ordinal);

    /// <summary>Sends one order. A permanent failure is thrown to the caller, which knows whom to tell.</summary>
    private Task<EmailOutcome> SendAsync(EmailOrder order) => IsPatient
        ? PersistAsync<EmailOutcome>(nameof(SendEmail), order.Kind, order, EmailStepRetry, IsPermanentEmailFailure, permanentIsThrown: true)
        : _context.CallActivityAsync<EmailOutcome>(nameof(SendEmail), order, EmailRetry);

    /// <summary>Runs a store activity. From version 2 it never fails the case: a stuck store waits for a retry request.</summary>
    private Task<T> StoreAsync<T>(string activity, object input) => IsPatient
        ? PersistAsync<T>(activity, null, input, StoreStepRetry, IsPermanentStoreFailure, permanentIsThrown: false)
        : _context.CallActivityAsync<T>(activity, input, StoreRetry);

    private async Task<T> PersistAsync<T>(
        string activity,
        EmailKind? email,
        object input,
        TaskOptions quickTries,
        Func<TaskFailureDetails, bool> isPermanent,
        bool permanentIsThrown)
    {
        var firstFailedAt = Now;
        TaskFailedException? last = null;

        // Bounded twice, so no history grows without end: spells of patience end at a retry request,
        // and a spell's tries at its deadline (about a hundred with the defaults) or at a hard cap.
        for (var spell = 0; spell < MaxRetryRequestsPerStep; spell++)
        {
            var patienceFrom = Now;
            var giveUpAt = _policy.RetryFailuresFor.AddTo(patienceFrom, TimeZoneInfo.Utc);
            var backoff = Span(_policy.RetryBackoffStart);
            NeedsAttention? attention = null;
            for (var attempt = 0; attempt < MaxAttemptsPerSpell; attempt++)
            {
                try
                {
                    var result = await _context.CallActivityAsync<T>(activity, input, quickTries);
                    if (_status.NeedsAttention is not null)
                    {
                        LogStepRecovered(_report.InterviewId, activity);
                        Publish(_status with { NeedsAttention = null });
                    }

                    return result;
                }
                catch (TaskFailedException failure)
                {
                    last = failure;
                    var permanent = isPermanent(failure.FailureDetails);
                    if (permanent && permanentIsThrown)
                    {
                        // The caller reports a refused email as such (OwnerDeliveryFailed); the case is not stuck.
                        Publish(_status with { NeedsAttention = null });
                        throw;
                    }

                    attention = new NeedsAttention(activity, Reason(activity, email, failure.FailureDetails, permanent), firstFailedAt);
                    if (permanent || Now >= giveUpAt)
                    {
                        break;
                    }

                    if (Now - patienceFrom >= Span(_policy.NeedsAttentionAfter) || _status.NeedsAttention is not null)
                    {
                        Publish(_status with { NeedsAttention = attention });
                    }

                    var wakeAt = Min(Now + backoff, giveUpAt);
                    backoff = Min(backoff * 2, Span(_policy.RetryBackoffCap));
                    await SitOutAsync(wakeAt);
                }
            }

            LogStepStuck(_report.InterviewId, activity, last!.FailureDetails.ErrorType);
            Publish(_status with { NeedsAttention = attention! with { WaitingForRetry = true } });
            await TellStepStuckAsync(activity, email, firstFailedAt, last.FailureDetails);
            await WaitForRetryRequestAsync();

            // Someone looked at it: a fresh spell of patience, the status still showing the trouble.
            Publish(_status with { NeedsAttention = attention with { WaitingForRetry = false } });
        }

        // Retried on request again and again and still failing: only a person outside the case can help now.
        throw last!;
    }

    /// <summary>
    /// The owner, and ops when configured, learn which step is stuck. Quick tries only: when email
    /// itself is what fails this cannot get through either, and the status still says it.
    /// </summary>
    private async Task TellStepStuckAsync(string activity, EmailKind? email, DateTimeOffset since, TaskFailureDetails failure)
    {
        var details = new EmailDetails
        {
            FailedStep = activity,
            FailedKind = email,
            FailingSince = since,
            FailureReason = failure.ErrorMessage,
        };
        var reports = _policy.OpsEmail is { } ops
            ? [_report, _report with { Owner = _report.Owner with { Email = ops, Name = OpsName } }]
            : new[] { _report };
        foreach (var report in reports)
        {
            var order = NextOrder(EmailKind.OwnerStepStuck, details) with { Report = report };
            try
            {
                await _context.CallActivityAsync<EmailOutcome>(nameof(SendEmail), order, EmailStepRetry);
                if (ReferenceEquals(report, _report))
                {
                    Publish(_status with { Escalations = _status.Escalations + 1 });
                }
            }
            catch (TaskFailedException)
            {
                LogDeliveryFailed(_report.InterviewId, EmailKind.OwnerStepStuck);
            }
        }
    }

    /// <summary>A durable wait between retries that still hears a new reaction (which ends the step) and an opt-out.</summary>
    private async Task SitOutAsync(DateTimeOffset until)
    {
        while (true)
        {
            switch (await _inbox.NextAsync(until, listenForReplies: false))
            {
                case InboxSignal.OptedOut:
                    Publish(_status with { OptedOut = true });
                    continue;
                case InboxSignal.ReactionChanged changed:
                    throw new StepInterruptedException(changed.Change);
                default:
                    return;
            }
        }
    }

    private async Task WaitForRetryRequestAsync()
    {
        while (true)
        {
            switch (await _inbox.NextRetryAsync())
            {
                case InboxSignal.OptedOut:
                    Publish(_status with { OptedOut = true });
                    continue;
                case InboxSignal.ReactionChanged changed:
                    throw new StepInterruptedException(changed.Change);
                case InboxSignal.RetryRequested:
                    LogRetryRequested(_report.InterviewId);
                    return;
            }
        }
    }

    /// <summary>The status is visible to anyone with portal access: the step and the error type, never the message.</summary>
    private static string Reason(string activity, EmailKind? email, TaskFailureDetails failure, bool permanent)
    {
        var step = email is { } kind ? $"{activity} ({kind})" : activity;
        return permanent
            ? $"{step} was refused for good: {failure.ErrorType}"
            : $"{step} keeps failing: {failure.ErrorType}";
    }

    // Whole seconds and up only: the policy holds durations such as PT30S or PT15M, never months here.
    private TimeSpan Span(Policy.IsoDuration duration) => duration.AddTo(Now, TimeZoneInfo.Utc) - Now;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private const string OpsName = "FollowUp operations";

    /// <summary>Retry requests one step may take before it gives up as version 1 would (the owner was told each time).</summary>
    private const int MaxRetryRequestsPerStep = 20;

    /// <summary>A backstop on tries per spell, far above the ~100 that P1D with a 15-minute cap takes.</summary>
    private const int MaxAttemptsPerSpell = 500;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interview {InterviewId}: {Step} kept failing ({ErrorType}); the owner is told and the case waits for a retry request")]
    private partial void LogStepStuck(string interviewId, string step, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: {Step} went through after failing")]
    private partial void LogStepRecovered(string interviewId, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: retry requested for the stuck step")]
    private partial void LogRetryRequested(string interviewId);
}
