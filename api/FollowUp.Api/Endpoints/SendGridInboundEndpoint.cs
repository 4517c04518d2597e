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
/// SendGrid Inbound Parse to <c>POST /api/inbound-email/sendgrid</c>: multipart/form-data, the whole message as
/// <c>email</c> when "POST the raw, full MIME message" is ticked, parsed fields otherwise. SendGrid signs nothing;
/// the basic credentials in the URL are checked before the body is read.
/// </summary>
public sealed partial class SendGridInboundEndpoint(InboundEmailReceiver receiver, IOptions<InboundEmailOptions> options, ILogger<SendGridInboundEndpoint> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ApiAnswer> ReceiveAsync(RouteCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (BasicCredentialGate.Refusal(call, options.Value.SendGrid, "SendGrid", InboundEmailOptions.SendGridUsernameKey, InboundEmailOptions.SendGridPasswordKey) is { } refusal)
        {
            if (refusal.StatusCode == 401)
            {
                LogRejected();
            }

            return refusal;
        }

        var read = await WebhookFormBody.ReadAsync(call.Request, "email", call.CancellationToken).ConfigureAwait(false);
        if (read.Refusal is { } refused)
        {
            return refused;
        }

        var errors = new FieldErrors();
        var email = SendGridInboundReader.Read(read.Value!, errors);
        if (email is null)
        {
            return InboundAnswers.Invalid(errors);
        }

        var outcome = await receiver.ReceiveAsync(call.Durable, email, call.CancellationToken).ConfigureAwait(false);
        return InboundAnswers.ForOutcome(outcome);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid post rejected: wrong or missing basic credentials")]
    private partial void LogRejected();
}
