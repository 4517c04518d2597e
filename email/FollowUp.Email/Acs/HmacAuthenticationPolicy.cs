using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FollowUp.Email.Acs;

/// <summary>
/// ACS's HMAC-SHA256 request signing. Runs per retry, so every attempt is signed with a fresh
/// <c>x-ms-date</c> (the service rejects stale dates) over the exact bytes sent.
/// </summary>
/// <remarks>
/// String to sign: <c>METHOD\npathAndQuery\nx-ms-date;host;x-ms-content-sha256</c>, host being the
/// authority with its port when not the default; the key is the base64-decoded access key.
/// </remarks>
internal sealed class HmacAuthenticationPolicy(string accessKey, TimeProvider clock) : HttpPipelineSynchronousPolicy
{
    public const string DateHeader = "x-ms-date";
    public const string ContentHashHeader = "x-ms-content-sha256";
    public const string SignedHeaders = DateHeader + ";host;" + ContentHashHeader;

    private readonly byte[] _key = Convert.FromBase64String(accessKey);

    public static string StringToSign(string method, string pathAndQuery, string date, string host, string contentHash) =>
        $"{method}\n{pathAndQuery}\n{date};{host};{contentHash}";

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Request;

        using var body = new MemoryStream();
        request.Content?.WriteTo(body, message.CancellationToken);
        var contentHash = Convert.ToBase64String(SHA256.HashData(body.ToArray()));

        var date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var uri = request.Uri.ToUri();
        var toSign = StringToSign(request.Method.Method, uri.PathAndQuery, date, uri.Authority, contentHash);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(toSign)));

        request.Headers.SetValue(DateHeader, date);
        request.Headers.SetValue(ContentHashHeader, contentHash);
        request.Headers.SetValue(HttpHeader.Names.Authorization, $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}");
    }
}
