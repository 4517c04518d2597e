using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Activities;

/// <summary>What became of one email order.</summary>
/// <param name="ProviderOperationId">The provider's id when it was sent (now or by an earlier attempt).</param>
public sealed record EmailOutcome(EmailOutcomeStatus Status, string? ProviderOperationId = null)
{
    public bool WentOut => Status is EmailOutcomeStatus.Sent or EmailOutcomeStatus.AlreadySent;
}

[JsonConverter(typeof(JsonStringEnumConverter<EmailOutcomeStatus>))]
public enum EmailOutcomeStatus
{
    Sent,

    /// <summary>An earlier attempt of the same order had sent it; nothing new went out.</summary>
    AlreadySent,

    /// <summary>The candidate opted out; owner emails are never skipped.</summary>
    SkippedOptedOut,
}
