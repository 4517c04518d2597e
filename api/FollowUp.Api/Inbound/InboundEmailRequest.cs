using System.Text.Json;

namespace FollowUp.Api.Inbound;

/// <summary>
/// The body of <c>POST /api/inbound-email</c> . Header values may be a string or, where a
/// header repeats (Delivered-To), an array of strings.
/// </summary>
public sealed record InboundEmailRequest
{
    public string? MessageId { get; init; }

    public string? From { get; init; }

    public IReadOnlyList<string?>? To { get; init; }

    public string? Subject { get; init; }

    public string? Text { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? Headers { get; init; }
}
