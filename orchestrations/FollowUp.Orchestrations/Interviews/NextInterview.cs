namespace FollowUp.Orchestrations.Interviews;

/// <summary>The selection interview booked during the casual interview (the <c>proceed</c> case).</summary>
public sealed record NextInterview
{
    public required DateTimeOffset StartsAt { get; init; }

    public int DurationMinutes { get; init; } = 60;

    /// <summary>Who the candidate will meet, e.g. "CEO 山根".</summary>
    public required string With { get; init; }

    /// <summary>An address or a meeting URL.</summary>
    public required string Location { get; init; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
}
