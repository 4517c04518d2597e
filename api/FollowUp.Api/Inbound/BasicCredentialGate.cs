using FollowUp.Api.Http;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Routing;

namespace FollowUp.Api.Inbound;

/// <summary>
/// The door of the providers that sign nothing (SendGrid, Postmark): their route answers 404 until both
/// credentials are set, and 401 to a post without them, before a byte of the body is read.
/// </summary>
internal static class BasicCredentialGate
{
    /// <returns>Null when the post may be read; otherwise the answer to give.</returns>
    public static ApiAnswer? Refusal(RouteCall call, WebhookCredentials credentials, string provider, string usernameKey, string passwordKey)
    {
        if (!credentials.IsEnabled)
        {
            return InboundAnswers.NotEnabled(provider, usernameKey, passwordKey);
        }

        return WebhookBasicAuth.IsValid(call.Header("Authorization"), credentials.Username!, credentials.Password!)
            ? null
            : InboundAnswers.BasicUnauthorized($"{InboundEmailOptions.SectionName}:{provider}");
    }
}
