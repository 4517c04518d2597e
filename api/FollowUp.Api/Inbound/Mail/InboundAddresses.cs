using MimeKit;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>Addresses from header text, in the forms <see cref="FollowUp.Orchestrations.Operations.Inbound.InboundEmail"/> carries.</summary>
internal static class InboundAddresses
{
    /// <summary>The bare addresses of an address list (groups flattened); unparsable text yields none.</summary>
    public static IEnumerable<string> Addresses(string? list) =>
        !string.IsNullOrWhiteSpace(list) && InternetAddressList.TryParse(list, out var parsed)
            ? parsed.Mailboxes.Select(m => m.Address).Where(a => a.Length > 0)
            : [];

    /// <summary>The first mailbox as <c>Name &lt;address&gt;</c> (or the bare address), for a person to read.</summary>
    public static string? Mailbox(string? list) =>
        !string.IsNullOrWhiteSpace(list) && InternetAddressList.TryParse(list, out var parsed)
            ? Mailbox(parsed.Mailboxes.FirstOrDefault())
            : null;

    public static string? Mailbox(MailboxAddress? mailbox) => mailbox is null || mailbox.Address.Length == 0
        ? null
        : Mailbox(mailbox.Name, mailbox.Address);

    public static string Mailbox(string? name, string address)
    {
        var display = name?.Trim().Replace("\"", string.Empty, StringComparison.Ordinal);
        return string.IsNullOrEmpty(display) ? address.Trim() : $"\"{display}\" <{address.Trim()}>";
    }
}
