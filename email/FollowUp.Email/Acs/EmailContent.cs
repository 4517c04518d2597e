namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's <c>EmailContent</c>.</summary>
public sealed class EmailContent(string subject)
{
    public string Subject { get; } = subject ?? throw new ArgumentNullException(nameof(subject));

    public string? PlainText { get; set; }

    public string? Html { get; set; }
}
