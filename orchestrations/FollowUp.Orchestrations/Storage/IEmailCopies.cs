namespace FollowUp.Orchestrations.Storage;

/// <summary>
/// Copies of sent emails the app itself keeps (the pickup folder's <c>.eml</c> files). An erasure
/// deletes an interview's; transports that keep nothing (ACS, SMTP) have none.
/// </summary>
public interface IEmailCopies
{
    /// <summary>Deletes the interview's copies and says how many there were.</summary>
    Task<int> DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken);
}

/// <summary>For transports that keep no copy.</summary>
public sealed class NoEmailCopies : IEmailCopies
{
    public Task<int> DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken) => Task.FromResult(0);
}
