namespace FollowUp.Orchestrations.Recontact;

/// <summary>The re-contact digest's settings (<c>FollowUp:Recontact</c>).</summary>
public sealed class RecontactOptions
{
    public const string SectionName = "FollowUp:Recontact";

    /// <summary>Off: no digest is sent (the pool still lists re-contact dates).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the local host looks for due entries; Azure's timer runs hourly. Seconds in tests.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The owners' local time of day (in FollowUp:Policy:DefaultTimeZone) from which the day's digest goes out.</summary>
    public TimeSpan SendFrom { get; set; } = TimeSpan.FromHours(9);

    /// <summary>How long a claimed digest may stay unsent before another sender takes it over.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsValid =>
        Interval >= TimeSpan.FromSeconds(1) && Interval <= TimeSpan.FromDays(1)
        && SendFrom >= TimeSpan.Zero && SendFrom < TimeSpan.FromDays(1)
        && ClaimLease >= TimeSpan.FromSeconds(1);
}
