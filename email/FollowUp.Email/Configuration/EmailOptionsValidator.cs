using FollowUp.Email.Acs;
using FollowUp.Email.Tokens;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FollowUp.Email.Configuration;

/// <summary>
/// Fails start-up with the key to fix, instead of the first email failing hours later inside an
/// orchestration retry loop.
/// </summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        var remote = options.Transport != EmailTransportKind.Pickup;

        if (!Enum.IsDefined(options.Transport))
        {
            errors.Add($"{EmailOptions.TransportKey} must be Pickup, Acs or Smtp.");
        }

        if (remote && string.IsNullOrWhiteSpace(options.From))
        {
            errors.Add($"{EmailOptions.FromKey} is required when {EmailOptions.TransportKey} is {options.Transport}.");
        }
        else if (!MailboxAddress.TryParse(options.EffectiveFrom, out _))
        {
            errors.Add($"{EmailOptions.FromKey} is not an email address: use 'Name <sender@example.com>' or 'sender@example.com'.");
        }

        if (remote && string.IsNullOrWhiteSpace(options.ReplyAddress))
        {
            errors.Add($"{EmailOptions.ReplyAddressKey} is required when {EmailOptions.TransportKey} is {options.Transport}: candidate replies are routed through it.");
        }
        else
        {
            try
            {
                var mailbox = ReplyAddress.Parse(options.EffectiveReplyAddress);
                if (mailbox.LocalPart.Length > ReplyAddress.MaxMailboxLocalPart)
                {
                    errors.Add($"{EmailOptions.ReplyAddressKey}: the local part '{mailbox.LocalPart}' is longer than {ReplyAddress.MaxMailboxLocalPart} characters, so '+' and a reply token would exceed the 64 octets RFC 5321 allows.");
                }
            }
            catch (FormatException e)
            {
                errors.Add($"{EmailOptions.ReplyAddressKey}: {e.Message}");
            }
        }

        if (options.Transport == EmailTransportKind.Pickup && string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            errors.Add($"{EmailOptions.PickupDirectoryKey} must not be empty.");
        }

        if (!string.IsNullOrWhiteSpace(options.TemplateDirectory) && !Directory.Exists(options.TemplateDirectory))
        {
            errors.Add($"{EmailOptions.TemplateDirectoryKey} '{options.TemplateDirectory}' does not exist.");
        }

        if (options.Transport == EmailTransportKind.Acs)
        {
            ValidateAcs(options.Acs, errors);
        }

        if (options.Transport == EmailTransportKind.Smtp)
        {
            ValidateSmtp(options.Smtp, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateAcs(AcsOptions acs, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(acs.ConnectionString))
        {
            // The message never echoes the connection string: it holds the access key.
            if (!AcsConnectionString.TryParse(acs.ConnectionString, out _))
            {
                errors.Add($"{AcsOptions.ConnectionStringKey} must look like 'endpoint=https://<name>.communication.azure.com/;accesskey=<base64>'.");
            }
        }
        else if (acs.Endpoint is null || !acs.Endpoint.IsAbsoluteUri)
        {
            errors.Add($"{EmailOptions.TransportKey} is Acs: set {AcsOptions.ConnectionStringKey} (access key) or {AcsOptions.EndpointKey} (Entra ID / managed identity).");
        }

        if (acs.PollBudget <= TimeSpan.Zero || acs.PollInterval <= TimeSpan.Zero)
        {
            errors.Add($"{AcsOptions.SectionName}:PollBudget and :PollInterval must be positive.");
        }

        if (acs.MaxRetries < 0)
        {
            errors.Add($"{AcsOptions.SectionName}:MaxRetries must not be negative.");
        }
    }

    private static void ValidateSmtp(SmtpOptions smtp, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            errors.Add($"{SmtpOptions.HostKey} is required when {EmailOptions.TransportKey} is Smtp.");
        }

        if (smtp.Port is <= 0 or > 65535)
        {
            errors.Add($"{SmtpOptions.PortKey} must be a TCP port (1-65535).");
        }

        if (!smtp.RequireTls && !string.IsNullOrWhiteSpace(smtp.Host) && !IsLoopback(smtp.Host))
        {
            errors.Add($"{SmtpOptions.RequireTlsKey} may be false only for a server on this machine (localhost, 127.0.0.1, ::1); {smtp.Host} would receive mail and password in plain text.");
        }
    }

    private static bool IsLoopback(string host)
    {
        var name = host.Trim().TrimStart('[').TrimEnd(']');
        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(name, out var address) && System.Net.IPAddress.IsLoopback(address));
    }
}
