using FollowUp.Api.Validation;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Http;

/// <summary>Reads a JSON request body within a size limit, reporting what is wrong as field errors.</summary>
public static class JsonBody
{
    /// <summary>
    /// Whether the request says it carries JSON. Cross-site HTML forms can only post text, URL-encoded
    /// or multipart bodies; refusing those keeps a page elsewhere from reporting in a user's name.
    /// </summary>
    public static bool IsJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = request.ContentType?.Split(';')[0].Trim();
        return type is not null
            && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    public static ApiAnswer NotJson(string what) =>
        ApiAnswer.Problem(415, "Send JSON.", $"{what} must be sent with Content-Type: application/json.");

    /// <returns>The parsed body, or null with <paramref name="errors"/> saying why.</returns>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, int limit, string what, FieldErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        // A declared length over the limit is refused before a byte is read.
        var body = request.ContentLength > limit
            ? ReadOnlyMemory<byte>.Empty
            : await RequestBody.ReadLimitedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (request.ContentLength > limit || body.Length > limit)
        {
            errors.Add("$", $"{what} is larger than {limit / 1024} KB.");
            return null;
        }

        return FollowUpJson.Read<T>(body.Span, errors);
    }
}
