namespace FollowUp.Orchestrations.Emails;

/// <summary>The payload of the <c>CandidateReplied</c> event: a reply matched to this interview.</summary>
public sealed record CandidateReply(string MessageId, DateTimeOffset ReceivedAt, string Subject, string Text);
