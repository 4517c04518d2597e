using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace FollowUp.Api.Tests.Support;

/// <summary>A provider's post as bytes on the wire, with the content type its HTTP client sends.</summary>
public sealed record ProviderPost(byte[] Body, string ContentType)
{
    /// <summary>application/x-www-form-urlencoded, as Mailgun posts a message without attachments.</summary>
    public static ProviderPost UrlEncoded(IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return new(content.ReadAsByteArrayAsync().GetAwaiter().GetResult(), content.Headers.ContentType!.ToString());
    }

    /// <summary>application/x-www-form-urlencoded of raw bytes, every byte outside the unreserved set escaped: how a field holding 8-bit mail travels.</summary>
    public static ProviderPost UrlEncoded(IEnumerable<KeyValuePair<string, byte[]>> fields)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            body.Append(body.Length == 0 ? string.Empty : "&").Append(Uri.EscapeDataString(name)).Append('=');
            foreach (var b in value)
            {
                body.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' ? (char)b : $"%{b:X2}");
            }
        }

        return new(Encoding.ASCII.GetBytes(body.ToString()), "application/x-www-form-urlencoded");
    }

    /// <summary>
    /// multipart/form-data built by .NET's own client (boundary quoted, as many senders write it): each field a
    /// section of its bytes, each file a section with a file name.
    /// </summary>
    public static ProviderPost Multipart(IEnumerable<KeyValuePair<string, byte[]>> fields, IEnumerable<(string Name, string FileName, byte[] Bytes)>? files = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new ByteArrayContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, name, fileName);
        }

        return new(content.ReadAsByteArrayAsync().GetAwaiter().GetResult(), content.Headers.ContentType!.ToString());
    }

    public static ProviderPost Multipart(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Name, string FileName, byte[] Bytes)>? files = null) =>
        Multipart(fields.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value))), files);

    /// <summary>The <c>Authorization</c> header a client sends for https://user:password@host/….</summary>
    public static Dictionary<string, string> Basic(string user, string password) => new()
    {
        ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")),
    };

    /// <summary>Mailgun's three signature fields for a post signed at <paramref name="at"/>.</summary>
    public static Dictionary<string, string> MailgunSignature(DateTimeOffset at, string token, string signingKey)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new()
        {
            ["timestamp"] = timestamp,
            ["token"] = token,
            ["signature"] = FollowUp.Api.Inbound.Mail.MailgunSignature.Sign(timestamp, token, signingKey),
        };
    }

    /// <summary>50 random characters, as Mailgun's tokens are.</summary>
    public static string NewMailgunToken() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..18];
}
