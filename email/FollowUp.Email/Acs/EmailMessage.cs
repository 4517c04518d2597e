namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's <c>EmailMessage</c>, the body of <c>POST /emails:send</c>.</summary>
public sealed class EmailMessage(string senderAddress, EmailRecipients recipients, EmailContent content)
{
    public string SenderAddress { get; } = senderAddress ?? throw new ArgumentNullException(nameof(senderAddress));

    public EmailRecipients Recipients { get; } = recipients ?? throw new ArgumentNullException(nameof(recipients));

    public EmailContent Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    public IList<EmailAddress> ReplyTo { get; } = [];

    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IList<EmailAttachment> Attachments { get; } = [];

    public bool UserEngagementTrackingDisabled { get; set; }
}
