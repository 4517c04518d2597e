using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// A verified inbound email becomes the interview's <c>CandidateReplied</c> event, once. Whatever is
/// not a candidate's reply to a live interview is "ignored", so the provider stops redelivering it.
/// Neither the sender's address nor the reply's text is ever logged.
/// </summary>
public sealed partial class InboundEmailReceiver(
    IReplyTokenMatcher tokens,
    CaseReferences cases,
    IInboundMessageLog messages,
    ITimeline timeline,
    IReplyIntentReader intents,
    Activities.SendEmail sendEmail,
    FollowUpPolicy currentPolicy,
    FollowUpMetrics metrics,
    TimeProvider clock,
    ILogger<InboundEmailReceiver> logger)
{
    /// <summary>
    /// How long a delivery recorded but not yet handled counts as being handled by someone else: longer
    /// than handling one takes (a reply reader may call a model), so concurrent duplicates never
    /// handle a message twice, short enough that a crashed delivery is soon taken over.
    /// </summary>
    public static readonly TimeSpan InFlightFor = TimeSpan.FromMinutes(2);

    private readonly ILogger _logger = logger;

    public async Task<InboundOutcome> ReceiveAsync(DurableTaskClient durable, InboundEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        ArgumentNullException.ThrowIfNull(email);
        using var operation = TracedOperation.Start(_logger, SpanNames.InboundReply);
        var interviewId = tokens.TryMatchReply(email.Recipients, out var reference)
            ? await cases.ResolveAsync(reference!, cancellationToken).ConfigureAwait(false)
            : null;
        if (interviewId is null)
        {
            LogIgnored(null, InboundIgnoreReasons.UnknownRecipient);
            operation.Tag(TelemetryAttributes.Outcome, InboundIgnoreReasons.UnknownRecipient);
            return InboundOutcome.Ignored(InboundIgnoreReasons.UnknownRecipient);
        }

        operation.ForInterview(interviewId);
        var outcome = await DeliverAsync(durable, email, interviewId, cancellationToken).ConfigureAwait(false);
        operation.Tag(TelemetryAttributes.Outcome, outcome.IsMatched ? "matched" : outcome.Reason);
        return outcome;
    }

    private async Task<InboundOutcome> DeliverAsync(DurableTaskClient durable, InboundEmail email, string interviewId, CancellationToken cancellationToken)
    {
        if (AutomaticMail.Classify(email) is { } automatic)
        {
            LogIgnored(interviewId, automatic);
            return InboundOutcome.Ignored(automatic, interviewId);
        }

        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            // Erased or never started: writing anything now would bring personal data back.
            LogIgnored(interviewId, InboundIgnoreReasons.UnknownInterview);
            return InboundOutcome.Ignored(InboundIgnoreReasons.UnknownInterview, interviewId);
        }

        var now = clock.GetUtcNow();
        var key = TimelineKey(email.MessageId);
        var firstDelivery = await messages.TryRecordAsync(email.MessageId, interviewId, now, cancellationToken).ConfigureAwait(false);

        // The log says "seen", the timeline line says "handled". Seen but not handled means an earlier
        // delivery failed between the two, or is between them right now: a recent one is left to
        // finish (the duplicate is asked to come back), an old one is taken over, so a reply is
        // neither lost to a crash nor handled twice by a burst of duplicates.
        if (!firstDelivery)
        {
            if (await timeline.FindAsync(interviewId, key, cancellationToken).ConfigureAwait(false) is not null)
            {
                LogIgnored(interviewId, InboundIgnoreReasons.Duplicate);
                return InboundOutcome.Ignored(InboundIgnoreReasons.Duplicate, interviewId);
            }

            if (await messages.RecordedAtAsync(email.MessageId, interviewId, cancellationToken).ConfigureAwait(false) is { } seenAt && now - seenAt < InFlightFor)
            {
                LogInProgress(interviewId);
                return InboundOutcome.InProgress(interviewId);
            }
        }

        // Read here, not in the orchestration: a reader may call a model, and the reading then travels
        // in the event so every replay decides the same.
        var input = instance.InputOrNull();
        var text = ReplyText.Extract(email.Text);
        var reading = await intents.ReadAsync(text, input?.Report.Candidate.Locale, cancellationToken).ConfigureAwait(false);
        var reply = new CandidateReply(email.MessageId, now, email.Subject, text, reading);
        if (instance.IsCompleted)
        {
            // No orchestration is left to forward it, and this is exactly the candidate worth keeping:
            // the owner gets it at once; the candidate gets nothing automatic.
            var forwarded = input is not null && await ForwardLateReplyAsync(input.Report, reply, cancellationToken).ConfigureAwait(false);
            await timeline.RecordAsync(
                new TimelineEntry(
                    interviewId,
                    key,
                    now,
                    TimelineEntryKind.CandidateReplied,
                    Summary($"Reply after the follow-up ended ({instance.RuntimeStatus}); {(forwarded ? "forwarded to the owner" : "could not be forwarded")}", reply.Subject),
                    Reply: Record(reply, ReplyOutcome.OwnerOnly)),
                cancellationToken).ConfigureAwait(false);
            metrics.ReplyReceived(ReplyIntents.Of(reading.Intent));
            LogLateReply(interviewId, forwarded);
            return InboundOutcome.Matched(interviewId);
        }

        // The orchestration makes the same decision from the same facts; computing it here lets the
        // timeline say what is being done. A reaction reported in the same instant may still win there.
        var status = instance.StatusOrNull();
        var reaction = status?.Reaction ?? input?.Report.Reaction;
        var outcome = reaction is { } current && (input?.Version ?? FollowUpInput.CurrentVersion) >= FollowUpInput.RepliesMoveCasesVersion
            ? ReplyDecision.Decide(current, reading, input?.Policy ?? currentPolicy)
            : ReplyOutcome.OwnerOnly;

        await durable.RaiseEventAsync(interviewId, FollowUpEvents.CandidateReplied, reply, cancellationToken).ConfigureAwait(false);
        await timeline.RecordAsync(
            new TimelineEntry(interviewId, key, now, TimelineEntryKind.CandidateReplied, Summary("Reply from the candidate", reply.Subject), Reply: Record(reply, outcome)),
            cancellationToken).ConfigureAwait(false);
        if (ReplyDecision.ReactionOf(outcome) is { } moved)
        {
            await timeline.RecordAsync(
                new TimelineEntry(interviewId, TimelineKeys.ReactionChange(now), now, TimelineEntryKind.ReactionChanged, $"New reaction from the candidate's reply: {ReactionNames.Of(moved)}"),
                cancellationToken).ConfigureAwait(false);
        }

        LogMatched(interviewId, reply.Text.Length, reading.Intent, outcome);
        metrics.ReplyReceived(ReplyIntents.Of(reading.Intent));
        return InboundOutcome.Matched(interviewId);
    }

    /// <summary>
    /// Through the same activity the playbook uses, so the timeline and the transports make it
    /// idempotent on the message id: a provider redelivering the reply sends nothing twice.
    /// </summary>
    private async Task<bool> ForwardLateReplyAsync(InterviewReport report, CandidateReply reply, CancellationToken cancellationToken)
    {
        var order = new EmailOrder
        {
            Kind = EmailKind.OwnerReplyReceived,
            Sequence = 0,
            Report = report,
            Details = new EmailDetails { Reply = reply, ReplyOutcome = ReplyOutcome.OwnerOnly },
            Discriminator = "late-" + MessageHash(reply.MessageId)[..16],
        };
        try
        {
            await sendEmail.SendAsync(order, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (EmailDeliveryException)
        {
            // The owner's address is refused: the timeline keeps the reply for whoever reads the case.
            return false;
        }
    }

    /// <summary>A hash, because message ids hold characters a storage key may not and can be long.</summary>
    public static string TimelineKey(string messageId) => "reply/" + MessageHash(messageId);

    private static string MessageHash(string messageId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..32];

    private static string Summary(string what, string subject) => subject.Length == 0 ? what : $"{what}: “{subject}”";

    private static ReplyRecord Record(CandidateReply reply, ReplyOutcome outcome) =>
        new(reply.Reading!.Intent, reply.Reading.Confidence, ReplyRecord.ExcerptOf(reply.Text), outcome);


    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: reply after the follow-up ended; forwarded to the owner: {Forwarded}")]
    private partial void LogLateReply(string interviewId, bool forwarded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound email for interview {InterviewId} is being handled by another delivery; this one is asked to come back")]
    private partial void LogInProgress(string interviewId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound email for interview {InterviewId} ignored: {Reason}")]
    private partial void LogIgnored(string? interviewId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: candidate reply raised ({Characters} characters after quote removal), read as {Intent}: {Outcome}")]
    private partial void LogMatched(string interviewId, int characters, ReplyIntent intent, ReplyOutcome outcome);
}
