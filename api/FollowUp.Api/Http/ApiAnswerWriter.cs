using System.Text;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Http;

/// <summary>
/// Writes an <see cref="ApiAnswer"/> onto an ASP.NET Core response: the only place either host turns an
/// answer into bytes, for every route and for the outage handler.
/// </summary>
public static class ApiAnswerWriter
{
    public static async Task WriteAsync(HttpResponse response, ApiAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(answer);
        response.StatusCode = answer.StatusCode;
        response.ContentType = answer.ContentType;
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        if (answer.Streamed is { } streamed)
        {
            await using (streamed.Content.ConfigureAwait(false))
            {
                response.ContentLength = streamed.Length;
                await streamed.Content.CopyToAsync(response.Body, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var body = Encoding.UTF8.GetBytes(answer.Body);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
