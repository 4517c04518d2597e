namespace FollowUp.Orchestrations.Emails;

/// <summary>What a transport reports for an accepted email.</summary>
/// <param name="MessageKey">The order's idempotency key.</param>
/// <param name="Transport">Acs, Smtp or Pickup.</param>
/// <param name="ProviderOperationId">The provider's id for the send (ACS operation id, SMTP message id, file name).</param>
/// <param name="AcceptedAt">When the provider accepted it.</param>
/// <param name="WasDuplicate">True when an earlier attempt had already sent it and nothing new went out.</param>
public sealed record EmailReceipt(
    string MessageKey,
    string Transport,
    string? ProviderOperationId,
    DateTimeOffset AcceptedAt,
    bool WasDuplicate = false);
