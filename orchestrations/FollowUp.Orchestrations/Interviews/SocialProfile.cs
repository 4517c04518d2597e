namespace FollowUp.Orchestrations.Interviews;

/// <summary>Where the candidate can be reached socially (LinkedIn, YOUTRUST, X, Facebook…).</summary>
public sealed record SocialProfile(string Network, string Url);
