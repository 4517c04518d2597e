using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// Mailgun Routes' <c>forward()</c> to <c>POST /api/inbound-email/mailgun</c> (parsed fields, or the whole message
/// as <c>body-mime</c> when the route's URL ends in <c>mime</c>). Mailgun signs only a timestamp and a token, not
/// the message: the signature proves the post is recent, and the token, accepted once, that it is not a replay.
/// </summary>
public sealed partial class MailgunInboundEndpoint(
    InboundEmailReceiver receiver,
    IWebhookTokenLog tokens,
    IOptions<InboundEmailOptions> options,
    TimeProvider clock,
    ILogger<MailgunInboundEndpoint> logger)
{
    /// <summary>The token log's name for Mailgun's tokens.</summary>
    public const string TokenSource = "mailgun";

    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ReceiveAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var mailgun = options.Value.Mailgun;
        if (!mailgun.IsEnabled)
        {
            return InboundAnswers.NotEnabled("Mailgun", InboundEmailOptions.MailgunSigningKeyKey);
        }

        var read = await WebhookFormBody.ReadAsync(call.Request, "body-mime", call.CancellationToken).ConfigureAwait(false);
        if (read.Refusal is { } refused)
        {
            return refused;
        }

        var form = read.Value!;
        var check = MailgunSignature.Verify(form, mailgun.SigningKey!, clock);
        if (!check.IsValid)
        {
            LogRejected(check.Status.ToString());
            return InboundAnswers.Unauthorized(Describe(check.Status));
        }

        var errors = new FieldErrors();
        var email = MailgunInboundReader.Read(form, errors);
        if (email is null)
        {
            return InboundAnswers.Invalid(errors);
        }

        // Recorded only once the post is known good, so a refused post stores nothing. Kept for twice the
        // tolerance: by then its timestamp is stale whichever way the clocks drift.
        var keepUntil = check.SignedAt!.Value + (2 * MailgunSignature.Tolerance);
        if (!await tokens.TryRecordAsync(TokenSource, check.Token!, clock.GetUtcNow(), keepUntil, call.CancellationToken).ConfigureAwait(false))
        {
            LogRejected("token used before");
            return InboundAnswers.Unauthorized("This token was already used: a signed post is accepted once.");
        }

        var outcome = await receiver.ReceiveAsync(call.Durable, email, call.CancellationToken).ConfigureAwait(false);
        return InboundAnswers.ForOutcome(outcome);
    }

    private static string Describe(WebhookSignatureStatus status) => status switch
    {
        WebhookSignatureStatus.Missing => "The timestamp, token or signature field is missing.",
        WebhookSignatureStatus.Malformed => "The timestamp is no number of seconds, or the signature is no hex SHA-256.",
        WebhookSignatureStatus.Stale => $"The timestamp is more than {MailgunSignature.Tolerance.TotalMinutes:0} minutes from now.",
        _ => "The signature does not match: another signing key, or altered fields.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailgun post rejected: {Reason}")]
    private partial void LogRejected(string reason);
}
