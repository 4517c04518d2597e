using System.Text.Json;
using FollowUp.Api.Inbound;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Support;

/// <summary>Inbound webhook bodies as a mail relay sends them, and their signatures.</summary>
public static class InboundMessages
{
    public static byte[] Body(
        string to,
        string text = "ありがとうございます。ぜひ次の面接に進みたいです。",
        string subject = "Re: 本日はありがとうございました",
        string? messageId = null,
        string from = "Hanako Sato <hanako.sato@example.com>",
        IReadOnlyDictionary<string, string>? headers = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = messageId ?? $"<{Guid.NewGuid():N}@mail.example.com>",
            from,
            to = new[] { to },
            subject,
            text,
            headers = headers ?? new Dictionary<string, string>(),
        });

    public static string Sign(byte[] body) => InboundSignature.Sign(ApiHost.InboundSecret, body);

    /// <summary>A signature header of the right form that matches no body: gets a post past the header check to its body.</summary>
    public static IReadOnlyDictionary<string, string> SignatureShaped { get; } =
        new Dictionary<string, string> { [InboundSignature.HeaderName] = "sha256=" + new string('0', 64) };
}
