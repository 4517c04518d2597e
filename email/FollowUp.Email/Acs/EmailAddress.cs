namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's <c>EmailAddress</c>.</summary>
public sealed class EmailAddress(string address, string? displayName = null)
{
    public string Address { get; } = address ?? throw new ArgumentNullException(nameof(address));

    public string? DisplayName { get; } = displayName;
}
