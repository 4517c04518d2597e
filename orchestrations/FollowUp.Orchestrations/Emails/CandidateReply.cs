using FollowUp.Orchestrations.Replies;

namespace FollowUp.Orchestrations.Emails;

/// <summary>The payload of the <c>CandidateReplied</c> event: a reply matched to this interview.</summary>
/// <param name="Reading">How the reply was read when it arrived; null on replies raised before replies were read.</param>
public sealed record CandidateReply(string MessageId, DateTimeOffset ReceivedAt, string Subject, string Text, ReplyReading? Reading = null);
