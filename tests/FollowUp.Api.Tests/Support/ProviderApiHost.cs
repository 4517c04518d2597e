using FollowUp.Api.Inbound;

namespace FollowUp.Api.Tests.Support;

/// <summary>The API host with every mail provider's route on: Mailgun's signing key and SendGrid's and Postmark's basic credentials set.</summary>
public sealed class ProviderApiHost() : ApiHost(new Dictionary<string, string?>
{
    [InboundEmailOptions.MailgunSigningKeyKey] = MailgunSigningKey,
    [InboundEmailOptions.SendGridUsernameKey] = SendGridUsername,
    [InboundEmailOptions.SendGridPasswordKey] = SendGridPassword,
    [InboundEmailOptions.PostmarkUsernameKey] = PostmarkUsername,
    [InboundEmailOptions.PostmarkPasswordKey] = PostmarkPassword,
})
{
    public const string MailgunSigningKey = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";
    public const string SendGridUsername = "sendgrid";
    public const string SendGridPassword = "sendgrid-password-0123456789";
    public const string PostmarkUsername = "postmark";
    public const string PostmarkPassword = "postmark-password-0123456789";
}
