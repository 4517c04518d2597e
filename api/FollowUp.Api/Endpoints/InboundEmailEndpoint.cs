using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// A mail provider's webhook: anonymous at the host because webhooks carry no function key; the HMAC
/// signature over the raw body is its authentication, checked before anything of the body is read.
/// </summary>
public sealed partial class InboundEmailEndpoint(InboundEmailReceiver receiver, IOptions<InboundEmailOptions> options, ILogger<InboundEmailEndpoint> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ReceiveAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = await RequestBody.ReadLimitedAsync(call.Request.Body, InboundEmailLimits.MaxBodyBytes, call.CancellationToken).ConfigureAwait(false);
        if (body.Length > InboundEmailLimits.MaxBodyBytes)
        {
            return ApiAnswer.Problem(413, "The email is too large.", $"An inbound email body may be at most {InboundEmailLimits.MaxBodyBytes / 1024} KB of JSON.");
        }

        var signature = call.Header(InboundSignature.HeaderName);
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

        var outcome = await receiver.ReceiveAsync(call.Durable, email, call.CancellationToken).ConfigureAwait(false);

        // Ignored mail is still a delivery the provider must not repeat: 200, not 4xx.
        return ApiAnswer.Ok(outcome, outcome.IsMatched ? 202 : 200);
    }

    private static ApiAnswer Unauthorized(string detail) => ApiAnswer.Problem(401, "The inbound email is not signed by the configured webhook.", detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound email rejected: {Reason}")]
    private partial void LogRejected(string reason);
}
