using System.Net.Mail;

namespace FollowUp.Orchestrations.Policy;

/// <summary><c>FollowUp:Operations</c>: who, besides a case's owner, hears when a case is stuck.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "FollowUp:Operations";

    /// <summary>Optional. Gets a copy of every notice that a step kept failing; copied into each new case's policy.</summary>
    public string? OpsEmail { get; set; }

    /// <summary>The address to copy, or null when none (or only blanks) is configured.</summary>
    public string? Address => string.IsNullOrWhiteSpace(OpsEmail) ? null : OpsEmail.Trim();

    /// <summary>An address that is set must be one: a typo would otherwise surface only when a case gets stuck.</summary>
    public bool IsValid => Address is null || MailAddress.TryCreate(Address, out _);
}
