using System.Text;
using FollowUp.Api.Inbound;
using FollowUp.Api.Inbound.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FollowUp.Api.Http;

/// <summary>
/// A mail provider's form post read into a <see cref="WebhookForm"/>, within <see cref="InboundRequestLimits"/>.
/// multipart/form-data is read section by section from the raw body and each field kept as its bytes:
/// SendGrid posts the bodies in the sender's charset and names it in <c>charsets</c>, which only the bytes
/// can still honour (ASP.NET's form reader would have decoded them as UTF-8). Files — attachments, in the
/// providers' parsed modes — are read past and dropped, except the one field that carries the raw message.
/// </summary>
public static class WebhookFormBody
{
    public const string Multipart = "multipart/form-data";
    public const string UrlEncoded = "application/x-www-form-urlencoded";

    // RFC 2046 caps a boundary at 70 characters; a real section header block is a few hundred bytes.
    private const int MaxBoundaryLength = 70;
    private const int MaxSectionHeaderBytes = 16 * 1024;
    private const int MaxSectionHeaders = 16;

    // Mailgun posts every header again as a field of its own; a thousand is far beyond any real message.
    private const int MaxFields = 1000;

    /// <param name="messageField">The field that may come as a file and holds the whole message (SendGrid's <c>email</c>, Mailgun's <c>body-mime</c>).</param>
    public static async Task<RequestRead<WebhookForm>> ReadAsync(HttpRequest request, string messageField, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > InboundRequestLimits.MaxProviderPostBytes)
        {
            return Refused(TooLarge());
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            return Refused(Unsupported());
        }

        if (type.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase))
        {
            return await MultipartAsync(request, type, messageField, cancellationToken).ConfigureAwait(false);
        }

        return type.MediaType.Equals(UrlEncoded, StringComparison.OrdinalIgnoreCase)
            ? await UrlEncodedAsync(request, cancellationToken).ConfigureAwait(false)
            : Refused(Unsupported());
    }

    private static async Task<RequestRead<WebhookForm>> MultipartAsync(HttpRequest request, MediaTypeHeaderValue type, string messageField, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength)
        {
            return Refused(Malformed("The multipart boundary is missing or longer than 70 characters."));
        }

        var wire = new LimitedReadStream(request.Body, InboundRequestLimits.MaxProviderPostBytes);
        var reader = new MultipartReader(boundary, wire) { HeadersLengthLimit = MaxSectionHeaderBytes, HeadersCountLimit = MaxSectionHeaders };
        var fields = new List<KeyValuePair<string, byte[]>>();
        long kept = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (string.IsNullOrEmpty(name) || (disposition!.IsFileDisposition() && name != messageField))
                {
                    await section.Body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var value = await RequestBody.ReadLimitedAsync(section.Body, InboundRequestLimits.MaxMessageBytes, cancellationToken).ConfigureAwait(false);
                kept += value.Length;
                if (value.Length > InboundRequestLimits.MaxMessageBytes || kept > InboundRequestLimits.MaxFormFieldBytes)
                {
                    return Refused(RequestBody.TooLarge(InboundRequestLimits.MaxMessageBytes, "The message in a provider's post"));
                }

                if (fields.Count == MaxFields)
                {
                    return Refused(Malformed($"More than {MaxFields} fields."));
                }

                fields.Add(new(name, value.ToArray()));
            }
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException)
        {
            // A body cut short, a header block over its limit, no closing boundary: the post is not well-formed.
            // Or the wire limit ended it, which the reader sees as a body cut short.
            return Refused(wire.Exceeded ? TooLarge() : Malformed("The body is not well-formed multipart/form-data."));
        }

        return wire.Exceeded ? Refused(TooLarge()) : new(WebhookForm.FromBytes(fields), null);
    }

    private static async Task<RequestRead<WebhookForm>> UrlEncodedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, InboundRequestLimits.MaxFormFieldBytes, "A form post", cancellationToken).ConfigureAwait(false);
        if (body.Refusal is not null)
        {
            return Refused(body.Refusal);
        }

        var fields = UrlEncodedFields(body.Value.Span);
        return fields is null
            ? Refused(Malformed($"More than {MaxFields} fields."))
            : new(WebhookForm.FromBytes(fields), null);
    }

    /// <summary>
    /// The fields as the bytes their escapes stand for, not as UTF-8 text: a raw message posted this way
    /// (Mailgun's <c>body-mime</c>) may hold 8-bit bytes of another charset, which text would have mangled.
    /// </summary>
    private static List<KeyValuePair<string, byte[]>>? UrlEncodedFields(ReadOnlySpan<byte> body)
    {
        var fields = new List<KeyValuePair<string, byte[]>>();
        foreach (var range in body.Split((byte)'&'))
        {
            var pair = body[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            if (fields.Count == MaxFields)
            {
                return null;
            }

            var equals = pair.IndexOf((byte)'=');
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? [] : pair[(equals + 1)..];
            fields.Add(new(Encoding.UTF8.GetString(Unescape(name)), Unescape(value)));
        }

        return fields;
    }

    // application/x-www-form-urlencoded: '+' is a space, %XX a byte; a '%' not followed by two hex digits stays as it is.
    private static byte[] Unescape(ReadOnlySpan<byte> escaped)
    {
        var bytes = new byte[escaped.Length];
        var length = 0;
        for (var i = 0; i < escaped.Length; i++)
        {
            var b = escaped[i];
            if (b == (byte)'+')
            {
                b = (byte)' ';
            }
            else if (b == (byte)'%' && i + 2 < escaped.Length && HexValue(escaped[i + 1]) is { } high && HexValue(escaped[i + 2]) is { } low)
            {
                b = (byte)((high << 4) | low);
                i += 2;
            }

            bytes[length++] = b;
        }

        return bytes[..length];
    }

    private static int? HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => null,
    };

    private static RequestRead<WebhookForm> Refused(ApiAnswer answer) => new(null, answer);

    private static ApiAnswer TooLarge() => RequestBody.TooLarge(InboundRequestLimits.MaxProviderPostBytes, "A provider's post (attachments are read past, not kept)");

    private static ApiAnswer Unsupported() =>
        ApiAnswer.Problem(415, "Unsupported content type.", $"Post {Multipart} or {UrlEncoded}, as the mail provider does.");

    private static ApiAnswer Malformed(string message) =>
        ApiAnswer.Problem(400, "The inbound email has invalid fields.", errors: new Dictionary<string, string[]> { ["$"] = [message] });
}
