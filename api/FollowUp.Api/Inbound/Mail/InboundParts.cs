namespace FollowUp.Api.Inbound.Mail;

/// <summary>What a reader found in a payload, before the checks every inbound path shares.</summary>
/// <param name="Fingerprint">The bytes a missing Message-ID is derived from: what the provider posts again on a retry.</param>
internal sealed record InboundParts(
    string? MessageId,
    string? From,
    IReadOnlyList<string> To,
    string? Subject,
    string? Text,
    IEnumerable<(string Name, string Value)> Headers,
    IReadOnlyList<string> EnvelopeRecipients,
    ReadOnlyMemory<byte> Fingerprint);
