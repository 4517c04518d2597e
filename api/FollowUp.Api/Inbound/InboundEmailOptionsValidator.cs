using Microsoft.Extensions.Options;

namespace FollowUp.Api.Inbound;

/// <summary>Every inbound setting at once, so one start-up failure lists everything to fix.</summary>
internal sealed class InboundEmailOptionsValidator : IValidateOptions<InboundEmailOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundEmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsLongEnough(options.SigningSecret))
        {
            failures.Add($"{InboundEmailOptions.SigningSecretKey} is required: a random secret of at least {InboundEmailOptions.MinimumSecretLength} characters, shared with the inbound mail webhook that signs POST /api/inbound-email.");
        }

        for (var i = 0; i < options.PreviousSigningSecrets.Count; i++)
        {
            if (!IsLongEnough(options.PreviousSigningSecrets[i]))
            {
                failures.Add($"{InboundEmailOptions.PreviousSigningSecretsKey}:{i} is shorter than {InboundEmailOptions.MinimumSecretLength} characters: copy the whole previous secret, or remove the entry.");
            }
        }

        // A key too short to be Mailgun's is a truncated copy: every post would be refused, and the provider would drop the replies.
        if (options.Mailgun.IsEnabled && !IsLongEnough(options.Mailgun.SigningKey))
        {
            failures.Add($"{InboundEmailOptions.MailgunSigningKeyKey} is shorter than {InboundEmailOptions.MinimumSecretLength} characters: copy Mailgun's whole HTTP webhook signing key, or leave it unset to keep POST /api/inbound-email/mailgun off.");
        }

        Credentials(options.SendGrid, "SendGrid", InboundEmailOptions.SendGridUsernameKey, InboundEmailOptions.SendGridPasswordKey, "sendgrid", failures);
        Credentials(options.Postmark, "Postmark", InboundEmailOptions.PostmarkUsernameKey, InboundEmailOptions.PostmarkPasswordKey, "postmark", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Credentials(WebhookCredentials credentials, string provider, string usernameKey, string passwordKey, string route, List<string> failures)
    {
        var hasUsername = !string.IsNullOrWhiteSpace(credentials.Username);
        var hasPassword = !string.IsNullOrWhiteSpace(credentials.Password);
        if (hasUsername != hasPassword)
        {
            failures.Add($"{usernameKey} and {passwordKey} go together: set both to enable POST /api/inbound-email/{route}, or neither to keep it off.");
            return;
        }

        if (!hasUsername)
        {
            return;
        }

        // RFC 7617: the first colon ends the user-id, so a user name holding one could never match.
        if (credentials.Username!.Contains(':', StringComparison.Ordinal))
        {
            failures.Add($"{usernameKey} must not contain ':' (basic credentials split user and password at the first colon).");
        }

        // The URL's credentials are all that authenticate the provider's post; a short password is guessed.
        if (!IsLongEnough(credentials.Password))
        {
            failures.Add($"{passwordKey} must be a random password of at least {InboundEmailOptions.MinimumSecretLength} characters: it is all that proves a post comes from {provider}.");
        }
    }

    private static bool IsLongEnough(string? secret) => (secret?.Trim().Length ?? 0) >= InboundEmailOptions.MinimumSecretLength;
}
