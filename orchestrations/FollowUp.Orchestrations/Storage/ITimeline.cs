namespace FollowUp.Orchestrations.Storage;

/// <summary>What was sent and what happened, per interview, in order.</summary>
public interface ITimeline
{
    /// <summary>Writes the entry under its key; the same key written again replaces, never duplicates.</summary>
    Task RecordAsync(TimelineEntry entry, CancellationToken cancellationToken);

    Task<TimelineEntry?> FindAsync(string interviewId, string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<TimelineEntry>> ListAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>Removes every entry of the interview; safe to repeat.</summary>
    Task DeleteAsync(string interviewId, CancellationToken cancellationToken);
}
