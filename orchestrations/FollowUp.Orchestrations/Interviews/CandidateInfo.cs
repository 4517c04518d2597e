namespace FollowUp.Orchestrations.Interviews;

public sealed record CandidateInfo
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    /// <summary><c>ja</c> or <c>en</c>: the language of every email to the candidate.</summary>
    public string Locale { get; init; } = Locales.Japanese;

    /// <summary>IANA time zone; the send window is read in it. Resolved at intake, never null here.</summary>
    public required string TimeZone { get; init; }

    public IReadOnlyList<SocialProfile> Profiles { get; init; } = [];
}
