namespace FollowUp.Email.Configuration;

/// <summary>Bound from <c>FollowUp:Email:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = EmailOptions.SectionName + ":Smtp";
    public const string HostKey = SectionName + ":Host";
    public const string PortKey = SectionName + ":Port";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Authenticates when given (ACS's relay: the Entra app's user name).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Require STARTTLS. When false, TLS is still used if the server offers it (or on port 465).</summary>
    public bool StartTls { get; set; } = true;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
