namespace FollowUp.Orchestrations.Interviews;

/// <summary>The person at the company who owns the follow-up and receives escalations.</summary>
public sealed record OwnerInfo
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public string Locale { get; init; } = Locales.Japanese;

    /// <summary>
    /// IANA time zone the owner's emails show times in. Set at intake (the policy's default when not
    /// given); null on reports accepted before it existed, whose owner emails keep the candidate's zone.
    /// </summary>
    public string? TimeZone { get; init; }
}
