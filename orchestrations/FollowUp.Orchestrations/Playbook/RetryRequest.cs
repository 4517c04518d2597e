namespace FollowUp.Orchestrations.Playbook;

/// <summary>The <see cref="FollowUpEvents.RetryRequested"/> payload: someone asked a stuck step to be tried again.</summary>
public sealed record RetryRequest(DateTimeOffset RequestedAt);
