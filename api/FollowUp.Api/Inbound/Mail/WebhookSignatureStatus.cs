namespace FollowUp.Api.Inbound.Mail;

/// <summary>Why a provider's webhook signature was or was not accepted; anything but <see cref="Valid"/> is a 401.</summary>
public enum WebhookSignatureStatus
{
    Valid,

    /// <summary>A signature field is absent.</summary>
    Missing,

    /// <summary>A field is present but not of its documented form (a timestamp that is no number, a signature that is no hex).</summary>
    Malformed,

    /// <summary>The signature does not match: another key, or altered fields.</summary>
    Mismatch,

    /// <summary>Genuinely signed, but too far from now: a captured request replayed later.</summary>
    Stale,
}
