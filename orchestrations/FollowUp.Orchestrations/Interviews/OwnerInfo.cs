namespace FollowUp.Orchestrations.Interviews;

/// <summary>The person at the company who owns the follow-up and receives escalations.</summary>
public sealed record OwnerInfo
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public string Locale { get; init; } = Locales.Japanese;
}
