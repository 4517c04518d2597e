namespace FollowUp.Email.Rendering.Model;

public sealed record LateReplyModel(string CandidateWroteAt, string CompanyRepliedAt, int DelayDays, string Channel);
