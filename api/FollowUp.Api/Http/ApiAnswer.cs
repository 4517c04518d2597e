using System.Text.Json;

namespace FollowUp.Api.Http;

/// <summary>
/// An HTTP answer decided once for every host: status code, body and headers. Both hosts hand it to
/// <see cref="ApiAnswerWriter"/>, so both speak the same contract byte for byte.
/// </summary>
public sealed record ApiAnswer(int StatusCode, string ContentType, string Body, string? Location = null)
{
    public const string Json = "application/json; charset=utf-8";
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    /// <summary>Headers beyond the content type and Location, e.g. the <c>WWW-Authenticate</c> challenge of a 401.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>A body streamed from elsewhere (the voice audio) in place of <see cref="Body"/>; the writer disposes it.</summary>
    public StreamedBody? Streamed { get; init; }

    public static ApiAnswer Ok<T>(T value, int statusCode = 200, string? location = null) =>
        new(statusCode, Json, JsonSerializer.Serialize(value, FollowUpJson.Options), location);

    /// <summary>A small page for people rather than programs (the opt-out confirmation).</summary>
    public static ApiAnswer Html(int statusCode, string html) => new(statusCode, "text/html; charset=utf-8", html) { Headers = PageHeaders.Static };

    /// <summary>An RFC 9457 problem; <paramref name="errors"/> lists messages by field for a 400.</summary>
    public static ApiAnswer Problem(int statusCode, string title, string? detail = null, IDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemBody($"https://httpstatuses.io/{statusCode}", title, statusCode, detail, errors);
        return new(statusCode, ProblemJson, JsonSerializer.Serialize(problem, FollowUpJson.Options));
    }

    /// <summary>Bytes copied to the response as they are read, of a length known up front.</summary>
    public sealed record StreamedBody(Stream Content, long Length);

    private sealed record ProblemBody(string Type, string Title, int Status, string? Detail, IDictionary<string, string[]>? Errors);
}
