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
/// Postmark's inbound webhook to <c>POST /api/inbound-email/postmark</c>: one JSON document, attachments inline.
/// Postmark signs nothing; the basic credentials in the URL are checked before the body is read.
/// </summary>
public sealed partial class PostmarkInboundEndpoint(InboundEmailReceiver receiver, IOptions<InboundEmailOptions> options, ILogger<PostmarkInboundEndpoint> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ReceiveAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var credentials = options.Value.Postmark;
        if (!credentials.IsEnabled)
        {
            return InboundAnswers.NotEnabled("Postmark", InboundEmailOptions.PostmarkUsernameKey, InboundEmailOptions.PostmarkPasswordKey);
        }

        if (!WebhookBasicAuth.IsValid(call.Header("Authorization"), credentials.Username!, credentials.Password!))
        {
            LogRejected();
            return InboundAnswers.BasicUnauthorized("FollowUp:Inbound:Postmark");
        }

        if (!IsJson(call.Request.ContentType))
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

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Postmark post rejected: wrong or missing basic credentials")]
    private partial void LogRejected();
}
