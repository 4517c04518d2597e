namespace FollowUp.Orchestrations.Intake;

/// <summary>What became of a valid report; the HTTP surface maps it onto its answer.</summary>
public abstract record IntakeResult
{
    /// <summary>New report: the follow-up has started.</summary>
    public sealed record Accepted(InterviewStatusView Status) : IntakeResult;

    /// <summary>The same report was accepted before; nothing new was started.</summary>
    public sealed record AlreadyAccepted(InterviewStatusView Status) : IntakeResult;

    /// <summary>
    /// The candidate's address is on the erasure suppression list: nothing was started or stored and the
    /// candidate gets nothing; the owner was told why (<paramref name="OwnerTold"/> false: their address
    /// refused it). The status says <see cref="SuppressedRuntimeStatus"/> and holds the owner email's timeline entry.
    /// </summary>
    public sealed record Suppressed(InterviewStatusView Status, bool OwnerTold) : IntakeResult;

    public const string SuppressedRuntimeStatus = "Suppressed";

    /// <summary>The report refers to a voice recording that was not uploaded to its interview id.</summary>
    public sealed record VoiceRecordingMissing(string InterviewId, string RecordingId) : IntakeResult;

    /// <summary>Another report already uses this interview id.</summary>
    public sealed record Conflict(string InterviewId) : IntakeResult;
}
