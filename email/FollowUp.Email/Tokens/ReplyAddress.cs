using MimeKit;

namespace FollowUp.Email.Tokens;

/// <summary>
/// The configured reply mailbox (<c>local@domain</c>) and its sub-addresses <c>local+token@domain</c>.
/// Sub-addressing lets one inbox receive every reply while the token routes each to its interview.
/// </summary>
public sealed record ReplyAddress(string LocalPart, string Domain)
{
    /// <summary>RFC 5321's limit on a local part.</summary>
    public const int MaxLocalPart = 64;

    /// <summary>The longest mailbox local part that leaves room for '+' and a case-bound token.</summary>
    public const int MaxMailboxLocalPart = MaxLocalPart - 1 - TokenService.CaseTokenLength;

    private const char Separator = '+';

    public static ReplyAddress Parse(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (!MailboxAddress.TryParse(address, out var mailbox) || mailbox.LocalPart.Length == 0 || mailbox.Domain.Length == 0)
        {
            throw new FormatException($"'{address}' is not an email address of the form local@domain.");
        }

        if (mailbox.LocalPart.Contains(Separator, StringComparison.Ordinal))
        {
            throw new FormatException($"'{address}' already has a '+' tag; give the bare mailbox.");
        }

        return new ReplyAddress(mailbox.LocalPart, mailbox.Domain);
    }

    public string WithToken(string token) => $"{LocalPart}{Separator}{token}@{Domain}";

    /// <summary>The token of the first recipient that is a sub-address of this mailbox, if any.</summary>
    /// <param name="recipients">Raw addresses as an inbound webhook gives them, display names allowed.</param>
    public string? FindToken(IEnumerable<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        foreach (var recipient in recipients)
        {
            if (string.IsNullOrWhiteSpace(recipient) || !InternetAddressList.TryParse(recipient, out var parsed))
            {
                continue;
            }

            foreach (var mailbox in parsed.Mailboxes)
            {
                var token = TokenOf(mailbox);
                if (token is not null)
                {
                    return token;
                }
            }
        }

        return null;
    }

    private string? TokenOf(MailboxAddress mailbox)
    {
        var local = mailbox.LocalPart;
        var plus = local.IndexOf(Separator, StringComparison.Ordinal);
        if (plus <= 0
            || !string.Equals(local[..plus], LocalPart, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(mailbox.Domain, Domain, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = local[(plus + 1)..];
        return token.Length == 0 ? null : token;
    }
}
