namespace FollowUp.Api.Requests;

/// <summary>The body of <c>POST /api/talent-pool/{id}/snooze</c>: the new re-contact date.</summary>
public sealed record SnoozeRequest(DateTimeOffset? Until);
