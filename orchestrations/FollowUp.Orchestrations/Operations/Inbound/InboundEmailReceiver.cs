using System.Security.Cryptography;
using System.Text;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// <c>POST /api/inbound-email</c>: a reply from a mail provider's webhook becomes the interview's
/// <c>CandidateReplied</c> event, once. Whatever is not a candidate's reply to a live interview is
/// answered 200 "ignored" so the provider stops redelivering it. Neither the sender's address nor
/// the reply's text is ever logged.
/// </summary>
public sealed partial class InboundEmailReceiver(
    IOptions<InboundEmailOptions> options,
    IReplyTokenMatcher tokens,
    IInboundMessageLog messages,
    ITimeline timeline,
    TimeProvider clock,
    ILogger<InboundEmailReceiver> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ReceiveAsync(DurableTaskClient durable, ReadOnlyMemory<byte> body, string? signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        if (body.Length > InboundEmailLimits.MaxBodyBytes)
        {
            return ApiAnswer.Problem(413, "The email is too large.", $"An inbound email body may be at most {InboundEmailLimits.MaxBodyBytes / 1024} KB of JSON.");
        }

        // Signature before parsing: nothing of an unsigned body is looked at.
        if (string.IsNullOrWhiteSpace(signature))
        {
            LogRejected("missing signature");
            return Unauthorized($"The {InboundSignature.HeaderName} header is missing.");
        }

        if (!InboundSignature.IsValid(options.Value.SigningSecret!, body.Span, signature))
        {
            LogRejected("wrong signature");
            return Unauthorized($"The {InboundSignature.HeaderName} header does not match the body.");
        }

        var errors = new FieldErrors();
        var email = InboundEmailReader.Read(body.Span, errors);
        if (email is null)
        {
            return ApiAnswer.Problem(400, "The inbound email has invalid fields.", errors: errors.ToDictionary());
        }

        if (!tokens.TryMatchReply(email.Recipients, out var interviewId))
        {
            LogIgnored(null, InboundIgnoreReasons.UnknownRecipient);
            return Ignored(InboundIgnoreReasons.UnknownRecipient);
        }

        return await DeliverAsync(durable, email, interviewId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApiAnswer> DeliverAsync(DurableTaskClient durable, InboundEmail email, string interviewId, CancellationToken cancellationToken)
    {
        if (AutomaticMail.Classify(email) is { } automatic)
        {
            LogIgnored(interviewId, automatic);
            return Ignored(automatic, interviewId);
        }

        var instance = await durable.GetInstanceAsync(interviewId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            // Erased or never started: writing anything now would bring personal data back.
            LogIgnored(interviewId, InboundIgnoreReasons.UnknownInterview);
            return Ignored(InboundIgnoreReasons.UnknownInterview, interviewId);
        }

        var now = clock.GetUtcNow();
        var key = TimelineKey(email.MessageId);
        var firstDelivery = await messages.TryRecordAsync(email.MessageId, interviewId, now, cancellationToken).ConfigureAwait(false);

        // The log says "seen", the timeline line says "handled". Seen but not handled means an earlier
        // delivery failed between the two; handling it now keeps a reply from being lost to a retry.
        if (!firstDelivery && await timeline.FindAsync(interviewId, key, cancellationToken).ConfigureAwait(false) is not null)
        {
            LogIgnored(interviewId, InboundIgnoreReasons.Duplicate);
            return Ignored(InboundIgnoreReasons.Duplicate, interviewId);
        }

        var reply = new CandidateReply(email.MessageId, now, email.Subject, ReplyText.Extract(email.Text));
        if (instance.IsCompleted)
        {
            // No orchestration is left to forward it; the timeline still shows the owner it came.
            await timeline.RecordAsync(
                new TimelineEntry(interviewId, key, now, TimelineEntryKind.CandidateReplied, Summary($"Reply after the follow-up ended ({instance.RuntimeStatus}); not forwarded", reply.Subject)),
                cancellationToken).ConfigureAwait(false);
            LogIgnored(interviewId, InboundIgnoreReasons.Finished);
            return Ignored(InboundIgnoreReasons.Finished, interviewId);
        }

        await durable.RaiseEventAsync(interviewId, FollowUpEvents.CandidateReplied, reply, cancellationToken).ConfigureAwait(false);
        await timeline.RecordAsync(
            new TimelineEntry(interviewId, key, now, TimelineEntryKind.CandidateReplied, Summary("Reply from the candidate", reply.Subject)),
            cancellationToken).ConfigureAwait(false);
        LogMatched(interviewId, reply.Text.Length);
        return ApiAnswer.Ok(InboundOutcome.Matched(interviewId), 202);
    }

    /// <summary>A hash, because message ids hold characters a storage key may not and can be long.</summary>
    public static string TimelineKey(string messageId) =>
        "reply/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..32];

    private static string Summary(string what, string subject) => subject.Length == 0 ? what : $"{what}: “{subject}”";

    private static ApiAnswer Ignored(string reason, string? interviewId = null) => ApiAnswer.Ok(InboundOutcome.Ignored(reason, interviewId));

    private static ApiAnswer Unauthorized(string detail) => ApiAnswer.Problem(401, "The inbound email is not signed by the configured webhook.", detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound email rejected: {Reason}")]
    private partial void LogRejected(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound email for interview {InterviewId} ignored: {Reason}")]
    private partial void LogIgnored(string? interviewId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview {InterviewId}: candidate reply raised ({Characters} characters after quote removal)")]
    private partial void LogMatched(string interviewId, int characters);
}
