using System.Diagnostics.Metrics;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Telemetry;

/// <summary>
/// FollowUp's business metrics. Recorded by activities and domain services, never by the
/// orchestrator (which replays): activities run at least once, so each metric is recorded where
/// the effect actually happened — an email counts when a transport sent it, not when a retry found
/// it already sent. Tags are categories only, never an interview id or anything personal.
/// </summary>
public sealed class FollowUpMetrics
{
    /// <summary>Report → first email spans sub-second (same-day) to the minutes an outage costs.</summary>
    private static readonly double[] LatencyBuckets = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

    private readonly Counter<long> _reports;
    private readonly Counter<long> _emailsSent;
    private readonly Counter<long> _deliveryFailures;
    private readonly Counter<long> _replies;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _reactionChanges;
    private readonly Counter<long> _optOuts;
    private readonly Counter<long> _erasures;
    private readonly Counter<long> _needsAttention;
    private readonly Histogram<double> _reportToFirstEmail;

    public FollowUpMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(FollowUpTelemetry.Name);
        _reports = meter.CreateCounter<long>(MetricNames.ReportsAccepted, "{report}", "Interview reports accepted, by reaction.");
        _emailsSent = meter.CreateCounter<long>(MetricNames.EmailsSent, "{email}", "Emails handed to a transport, by kind and transport.");
        _deliveryFailures = meter.CreateCounter<long>(MetricNames.DeliveryFailures, "{failure}", "Failed sends, by kind and failure (transient: retried; permanent: the owner is told).");
        _replies = meter.CreateCounter<long>(MetricNames.Replies, "{reply}", "Candidate replies matched to an interview, by intent.");
        _escalations = meter.CreateCounter<long>(MetricNames.Escalations, "{escalation}", "Emails to the owner (a person is asked to act), by kind.");
        _reactionChanges = meter.CreateCounter<long>(MetricNames.ReactionChanges, "{change}", "New reactions reported for an interview under way, by new and previous reaction.");
        _optOuts = meter.CreateCounter<long>(MetricNames.OptOuts, "{opt-out}", "Candidates who opted out of email (first click per interview).");
        _erasures = meter.CreateCounter<long>(MetricNames.Erasures, "{erasure}", "Erasure requests, by outcome (complete, or instances still to purge).");
        _needsAttention = meter.CreateCounter<long>(MetricNames.CasesNeedingAttention, "{case}", "Cases a person must look at, by reason.");
        _reportToFirstEmail = meter.CreateHistogram(
            MetricNames.ReportToFirstEmail,
            "s",
            "Seconds from the report's acceptance to the interview's first email going out.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
    }

    public void ReportAccepted(Reaction reaction) =>
        _reports.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.Reaction, ReactionNames.Of(reaction)));

    public void EmailSent(EmailKind kind, string transport) =>
        _emailsSent.Add(1, Kind(kind), new KeyValuePair<string, object?>(TelemetryAttributes.Transport, transport));

    public void DeliveryFailed(EmailKind kind, DeliveryFailureKind failure) =>
        _deliveryFailures.Add(1, Kind(kind), new KeyValuePair<string, object?>(TelemetryAttributes.Failure, Name(failure)));

    /// <param name="intent">What the reply means; <c>unknown</c> until replies are read for intent.</param>
    public void ReplyReceived(string intent) =>
        _replies.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.Intent, intent));

    public void Escalated(EmailKind kind) =>
        _escalations.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.EscalationKind, kind.ToString()));

    public void ReactionChanged(Reaction? previous, Reaction reaction) =>
        _reactionChanges.Add(
            1,
            new KeyValuePair<string, object?>(TelemetryAttributes.Reaction, ReactionNames.Of(reaction)),
            new KeyValuePair<string, object?>(TelemetryAttributes.PreviousReaction, previous is { } p ? ReactionNames.Of(p) : "unknown"));

    public void OptedOut() => _optOuts.Add(1);

    public void Erased(bool complete) =>
        _erasures.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.Outcome, complete ? "complete" : "incomplete"));

    public void NeedsAttention(string reason) =>
        _needsAttention.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.AttentionReason, reason));

    public void FirstEmailSent(TimeSpan sinceReport, EmailKind kind) =>
        _reportToFirstEmail.Record(Math.Max(0, sinceReport.TotalSeconds), Kind(kind));

    private static KeyValuePair<string, object?> Kind(EmailKind kind) => new(TelemetryAttributes.EmailKind, kind.ToString());

    private static string Name(DeliveryFailureKind failure) => failure == DeliveryFailureKind.Permanent ? "permanent" : "transient";
}
