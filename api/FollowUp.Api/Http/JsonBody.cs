using FollowUp.Api.Validation;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Http;

/// <summary>Reads a JSON request body within a size limit, reporting what is wrong as field errors.</summary>
public static class JsonBody
{
    /// <returns>The parsed body, or null with <paramref name="errors"/> saying why.</returns>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, int limit, string what, FieldErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var body = await RequestBody.ReadLimitedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (body.Length > limit)
        {
            errors.Add("$", $"{what} is larger than {limit / 1024} KB.");
            return null;
        }

        return FollowUpJson.Read<T>(body.Span, errors);
    }
}
