namespace FollowUp.Email.Configuration;

/// <summary>Where <c>FollowUp:Email:Transport</c> sends mail.</summary>
public enum EmailTransportKind
{
    /// <summary>RFC 5322 <c>.eml</c> files in a folder: the local default, nothing leaves the machine.</summary>
    Pickup,

    /// <summary>Azure Communication Services Email over its REST API.</summary>
    Acs,

    /// <summary>Any SMTP server, ACS's SMTP relay included.</summary>
    Smtp,
}
