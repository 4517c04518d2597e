using System.Text.Json;

namespace FollowUp.Email.Acs;

/// <summary>
/// Writes <see cref="EmailMessage"/> as the REST API's JSON (<c>senderAddress</c>, <c>recipients</c>,
/// <c>content</c>, <c>replyTo</c>, <c>headers</c>, <c>attachments[].contentInBase64</c>). Written by
/// hand so the wire names are visible here rather than implied by a serializer's naming policy.
/// </summary>
internal static class EmailMessageSerializer
{
    public static byte[] Serialize(EmailMessage message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("senderAddress", message.SenderAddress);

            json.WriteStartObject("recipients");
            WriteAddresses(json, "to", message.Recipients.To);
            WriteAddresses(json, "cc", message.Recipients.CC);
            WriteAddresses(json, "bcc", message.Recipients.BCC);
            json.WriteEndObject();

            json.WriteStartObject("content");
            json.WriteString("subject", message.Content.Subject);
            WriteOptional(json, "plainText", message.Content.PlainText);
            WriteOptional(json, "html", message.Content.Html);
            json.WriteEndObject();

            if (message.ReplyTo.Count > 0)
            {
                WriteAddresses(json, "replyTo", message.ReplyTo);
            }

            if (message.Headers.Count > 0)
            {
                json.WriteStartObject("headers");
                foreach (var (name, value) in message.Headers)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
            }

            if (message.Attachments.Count > 0)
            {
                json.WriteStartArray("attachments");
                foreach (var attachment in message.Attachments)
                {
                    json.WriteStartObject();
                    json.WriteString("name", attachment.Name);
                    json.WriteString("contentType", attachment.ContentType);
                    json.WriteString("contentInBase64", Convert.ToBase64String(attachment.Content.ToMemory().Span));
                    WriteOptional(json, "contentId", attachment.ContentId);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteBoolean("userEngagementTrackingDisabled", message.UserEngagementTrackingDisabled);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteAddresses(Utf8JsonWriter json, string name, IList<EmailAddress> addresses)
    {
        json.WriteStartArray(name);
        foreach (var address in addresses)
        {
            json.WriteStartObject();
            json.WriteString("address", address.Address);
            WriteOptional(json, "displayName", address.DisplayName);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
