namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// The inbound replies already accepted. Mail providers redeliver webhooks, so a reply is raised as
/// an event only the first time its message id arrives for an interview.
/// </summary>
public interface IInboundMessageLog
{
    /// <summary>
    /// Records the message for the interview. True the first time; false when the same message id was
    /// already recorded for that interview, which the caller treats as a duplicate delivery.
    /// </summary>
    Task<bool> TryRecordAsync(string messageId, string interviewId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>When the message was first recorded for the interview; null when it never was.</summary>
    Task<DateTimeOffset?> RecordedAtAsync(string messageId, string interviewId, CancellationToken cancellationToken);

    /// <summary>Forgets the interview's messages (erasure); safe to repeat.</summary>
    Task DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken);
}
