using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Routing;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Api.Endpoints;

/// <summary>
/// Postmark's inbound webhook to <c>POST /api/inbound-email/postmark</c>: one JSON document, attachments inline.
/// Postmark signs nothing; the basic credentials in the URL are checked before the body is read.
/// </summary>
public sealed partial class PostmarkInboundEndpoint(InboundEmailReceiver receiver, IOptions<InboundEmailOptions> options, ILogger<PostmarkInboundEndpoint> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ReceiveAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (BasicCredentialGate.Refusal(call, options.Value.Postmark, "Postmark", InboundEmailOptions.PostmarkUsernameKey, InboundEmailOptions.PostmarkPasswordKey) is { } refusal)
        {
            if (refusal.StatusCode == 401)
            {
                LogRejected();
            }

            return refusal;
        }

        if (!JsonBody.IsJson(call.Request))
        {
            return InboundAnswers.UnsupportedMediaType("application/json, as Postmark does");
        }

        var read = await RequestBody.ReadAsync(call.Request, InboundRequestLimits.MaxProviderPostBytes, "Postmark's JSON (attachments inline)", call.CancellationToken).ConfigureAwait(false);
        if (read.Refusal is { } tooLarge)
        {
            return tooLarge;
        }

        var errors = new FieldErrors();
        var email = PostmarkInboundReader.Read(read.Value, errors);
        if (email is null)
        {
            return InboundAnswers.Invalid(errors);
        }

        var outcome = await receiver.ReceiveAsync(call.Durable, email, call.CancellationToken).ConfigureAwait(false);
        return InboundAnswers.ForOutcome(outcome);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Postmark post rejected: wrong or missing basic credentials")]
    private partial void LogRejected();
}
