namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// A step of the case keeps failing: shown in the custom status once it has failed for
/// <see cref="Policy.FollowUpPolicy.NeedsAttentionAfter"/>, cleared when the step succeeds. The status is
/// readable by anyone with the portal, so <see cref="Reason"/> names the step and the error type only,
/// never an address or a message text.
/// </summary>
/// <param name="Step">The activity that fails, e.g. <c>SendEmail</c> or <c>RecordInterview</c>.</param>
/// <param name="Reason">What fails and how, without personal data.</param>
/// <param name="Since">When the step first failed.</param>
/// <param name="WaitingForRetry">Retrying has stopped and the case waits for <c>POST /api/interviews/{id}/retry</c>.</param>
public sealed record NeedsAttention(string Step, string Reason, DateTimeOffset Since, bool WaitingForRetry = false);
