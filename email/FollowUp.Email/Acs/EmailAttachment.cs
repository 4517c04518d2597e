namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's <c>EmailAttachment</c>.</summary>
public sealed class EmailAttachment(string name, string contentType, BinaryData content)
{
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    public string ContentType { get; } = contentType ?? throw new ArgumentNullException(nameof(contentType));

    public BinaryData Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    /// <summary>Set for an inline attachment referenced from the HTML as <c>cid:…</c>.</summary>
    public string? ContentId { get; set; }
}
