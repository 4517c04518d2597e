namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's <c>EmailRecipients</c>.</summary>
public sealed class EmailRecipients(
    IEnumerable<EmailAddress>? to = null,
    IEnumerable<EmailAddress>? cc = null,
    IEnumerable<EmailAddress>? bcc = null)
{
    public IList<EmailAddress> To { get; } = [.. to ?? []];

    public IList<EmailAddress> CC { get; } = [.. cc ?? []];

    public IList<EmailAddress> BCC { get; } = [.. bcc ?? []];

    internal int Count => To.Count + CC.Count + BCC.Count;
}
