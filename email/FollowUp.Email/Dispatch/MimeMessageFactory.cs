using MimeKit;

namespace FollowUp.Email.Dispatch;

/// <summary>The RFC 5322 form of an outgoing email, shared by the SMTP and pickup transports.</summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(OutgoingEmail email, DateTimeOffset date)
    {
        var message = new MimeMessage
        {
            Subject = HeaderText.SingleLine(email.Subject),
            Date = date,
            MessageId = MessageIdFor(email),
        };
        message.From.Add(ToMailbox(email.From));
        message.To.Add(ToMailbox(email.To));
        if (email.ReplyTo is not null)
        {
            message.ReplyTo.Add(ToMailbox(email.ReplyTo));
        }

        foreach (var (name, value) in email.Headers)
        {
            message.Headers.Add(name, HeaderText.SingleLine(value));
        }

        var body = new BodyBuilder { TextBody = email.PlainText, HtmlBody = email.Html };
        foreach (var attachment in email.Attachments)
        {
            body.Attachments.Add(attachment.Name, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>Derived from the message key, so a re-sent copy carries the same Message-ID and mail systems can fold them.</summary>
    public static string MessageIdFor(OutgoingEmail email)
    {
        var domain = MailboxAddress.TryParse(email.From.Address, out var from) && from.Domain.Length > 0 ? from.Domain : "followup.localhost";
        return $"{MessageIdentity.For(email.MessageKey):N}@{domain}";
    }

    private static MailboxAddress ToMailbox(Mailbox mailbox) =>
        new(HeaderText.SingleLine(mailbox.DisplayName), mailbox.Address);
}
