using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// The orchestration's custom status: what an admin sees in the portal for one interview. Small on
/// purpose (the runtime caps it at 16 KB); the full history is the timeline.
/// </summary>
public sealed record FollowUpStatus
{
    public required FollowUpStage Stage { get; init; }

    public required Reaction Reaction { get; init; }

    public PlannedAction? NextAction { get; init; }

    public DateTimeOffset? NextActionAt { get; init; }

    public int CandidateEmails { get; init; }

    public int Escalations { get; init; }

    public bool OptedOut { get; init; }

    public DateTimeOffset? LastReplyAt { get; init; }

    public int Version { get; init; } = FollowUpInput.CurrentVersion;

    /// <summary>Set while a step keeps failing (version 2 on); null when all is well.</summary>
    public NeedsAttention? NeedsAttention { get; init; }
}
