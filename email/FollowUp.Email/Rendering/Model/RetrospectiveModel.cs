namespace FollowUp.Email.Rendering.Model;

/// <param name="TimelineKnown">False when no contact timeline was reported: lateness is unknown, not zero.</param>
public sealed record RetrospectiveModel(bool TimelineKnown, IReadOnlyList<LateReplyModel> LateReplies);
