namespace FollowUp.Email.Configuration;

/// <summary>Bound from <c>FollowUp:Email:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = EmailOptions.SectionName + ":Smtp";
    public const string HostKey = SectionName + ":Host";
    public const string PortKey = SectionName + ":Port";
    public const string RequireTlsKey = SectionName + ":RequireTls";

    /// <summary>Port of SMTP over implicit TLS (RFC 8314): TLS from the first byte instead of STARTTLS.</summary>
    public const int ImplicitTlsPort = 465;

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Authenticates when given (ACS's relay: the Entra app's user name).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Require TLS: STARTTLS, or implicit TLS on port 465; a server that offers neither is refused,
    /// so nobody on the path can strip TLS and read the mail or the password. False sends in plain
    /// text and is accepted only for a server on this machine (a development stand-in such as smtp4dev).
    /// </summary>
    public bool RequireTls { get; set; } = true;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
