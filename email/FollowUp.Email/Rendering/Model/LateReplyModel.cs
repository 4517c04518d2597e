namespace FollowUp.Email.Rendering.Model;

/// <param name="Unanswered">No written answer came; <paramref name="CompanyRepliedAt"/> is the interview.</param>
public sealed record LateReplyModel(string CandidateWroteAt, string CompanyRepliedAt, int DelayDays, string Channel, bool Unanswered = false);
