using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// A reply as our own JSON or as the whole received message (<c>message/rfc822</c>). The signed route is
/// anonymous at the host because webhooks carry no function key: the HMAC over the raw body is its
/// authentication, checked before anything of the body is parsed. The keyed route is for senders that
/// cannot compute an HMAC (a Logic App): the Functions host checks its function key before the handler runs.
/// </summary>
public sealed partial class InboundEmailEndpoint(InboundEmailReceiver receiver, IOptions<InboundEmailOptions> options, ILogger<InboundEmailEndpoint> logger)
{
    public const string RawMessage = "message/rfc822";

    private readonly ILogger _logger = logger;

    public Task<ApiAnswer> ReceiveAsync(RouteCall call) => ReceiveAsync(call, signed: true);

    /// <summary>Locally, like every keyed route, it is open on loopback.</summary>
    public Task<ApiAnswer> ReceiveKeyedAsync(RouteCall call) => ReceiveAsync(call, signed: false);

    private async Task<ApiAnswer> ReceiveAsync(RouteCall call, bool signed)
    {
        ArgumentNullException.ThrowIfNull(call);

        // A post without a signature of the right form is refused on its headers: it costs no read of
        // the body, however large it claims or turns out to be.
        if (signed && Unsigned(call) is { } unsigned)
        {
            return unsigned;
        }

        var raw = IsRawMessage(call.Request.ContentType);
        var read = raw
            ? await RequestBody.ReadAsync(call.Request, InboundRequestLimits.MaxMessageBytes, "A raw message (message/rfc822)", call.CancellationToken).ConfigureAwait(false)
            : await RequestBody.ReadAsync(call.Request, InboundRequestLimits.MaxJsonBytes, "An inbound email body of JSON", call.CancellationToken).ConfigureAwait(false);
        if (read.Refusal is { } tooLarge)
        {
            return tooLarge;
        }

        var body = read.Value;
        if (signed && !InboundSignature.IsValid(options.Value.AcceptedSigningSecrets, body.Span, call.Header(InboundSignature.HeaderName)))
        {
            LogRejected("wrong signature");
            return InboundAnswers.Unauthorized($"The {InboundSignature.HeaderName} header does not match the body.");
        }

        var errors = new FieldErrors();
        var email = raw ? MimeReplyReader.Read(body, errors) : InboundEmailReader.Read(body.Span, errors);
        if (email is null)
        {
            return InboundAnswers.Invalid(errors);
        }

        var outcome = await receiver.ReceiveAsync(call.Durable, email, call.CancellationToken).ConfigureAwait(false);
        return InboundAnswers.ForOutcome(outcome);
    }

    private ApiAnswer? Unsigned(RouteCall call)
    {
        var signature = call.Header(InboundSignature.HeaderName);
        if (string.IsNullOrWhiteSpace(signature))
        {
            LogRejected("missing signature");
            return InboundAnswers.Unauthorized($"The {InboundSignature.HeaderName} header is missing.");
        }

        if (!InboundSignature.IsWellFormed(signature))
        {
            LogRejected("malformed signature");
            return InboundAnswers.Unauthorized($"The {InboundSignature.HeaderName} header is no sha256=<64 hex digits>.");
        }

        return null;
    }

    // Anything else is read as JSON, as it always was: relays that label their JSON loosely keep working.
    private static bool IsRawMessage(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(RawMessage, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound email rejected: {Reason}")]
    private partial void LogRejected(string reason);
}
