namespace FollowUp.Email.Tokens;

/// <summary>
/// What a token may be used for. The purpose is signed into the token, so a reply token leaked in a
/// forwarded email cannot unsubscribe the candidate, and an opt-out link cannot fake a reply.
/// </summary>
public enum TokenPurpose
{
    Reply = 1,
    OptOut = 2,

    /// <summary>The self-scheduling page, where the candidate books one of the offered slots.</summary>
    Schedule = 3,

    /// <summary>The private page where the candidate listens to recorded voice feedback.</summary>
    Voice = 4,
}
