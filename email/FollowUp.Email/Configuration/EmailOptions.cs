namespace FollowUp.Email.Configuration;

/// <summary>Bound from <c>FollowUp:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "FollowUp:Email";
    public const string TransportKey = SectionName + ":Transport";
    public const string FromKey = SectionName + ":From";
    public const string ReplyAddressKey = SectionName + ":ReplyAddress";
    public const string PickupDirectoryKey = SectionName + ":PickupDirectory";
    public const string TemplateDirectoryKey = SectionName + ":TemplateDirectory";

    /// <summary>Local-only stand-ins, so <c>./run.sh</c> on a fresh clone needs no mail settings.</summary>
    internal const string LocalFrom = "FollowUp <followup@localhost>";
    internal const string LocalReplyAddress = "reply@localhost";

    public EmailTransportKind Transport { get; set; } = EmailTransportKind.Pickup;

    /// <summary>Sender, display name allowed: <c>Example Recruiting &lt;DoNotReply@example.com&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary><c>local@domain</c>; candidate replies go to <c>local+token@domain</c>.</summary>
    public string? ReplyAddress { get; set; }

    public string PickupDirectory { get; set; } = ".data/outbox";

    /// <summary>Optional folder whose <c>{locale}/{Kind}.{part}.liquid</c> files replace the built-in wording one by one.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>The company name the wording uses; the sender's display name when not set.</summary>
    public string? CompanyName { get; set; }

    public AcsOptions Acs { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    internal string EffectiveFrom => string.IsNullOrWhiteSpace(From) ? LocalFrom : From;

    internal string EffectiveReplyAddress => string.IsNullOrWhiteSpace(ReplyAddress) ? LocalReplyAddress : ReplyAddress;
}
