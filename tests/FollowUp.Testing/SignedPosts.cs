using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Testing;

/// <summary>Posts to the signed inbound route as a relay does: the raw body and its HMAC header.</summary>
public static class SignedPosts
{
    public const string SignatureHeader = "X-FollowUp-Signature";

    /// <summary>The header value for <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Signature(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <param name="signature">The header as sent; null sends none.</param>
    public static async Task<HttpResponseMessage> PostInboundAsync(this HttpClient http, byte[] body, string? signature, string contentType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/inbound-email", UriKind.Relative))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } },
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
        }

        return await http.SendAsync(request).ConfigureAwait(false);
    }
}
