using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Intake;

/// <summary>What the team sees of one interview's follow-up: its reaction, stage, next action and timeline.</summary>
public sealed record InterviewStatusView
{
    public required string InterviewId { get; init; }

    /// <summary>The durable runtime's status: Pending, Running, Completed, Failed, Terminated…</summary>
    public required string RuntimeStatus { get; init; }

    public Reaction? Reaction { get; init; }

    public FollowUpStage? Stage { get; init; }

    public PlannedAction? NextAction { get; init; }

    public DateTimeOffset? NextActionAt { get; init; }

    public int CandidateEmails { get; init; }

    public int Escalations { get; init; }

    public bool OptedOut { get; init; }

    public DateTimeOffset? LastReplyAt { get; init; }

    /// <summary>A step keeps failing, or waits for <c>POST …/retry</c>; null when all is well.</summary>
    public NeedsAttention? NeedsAttention { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUpdatedAt { get; init; }

    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>The candidate's replies in the order they came, each with how it was read and what was done.</summary>
    public IReadOnlyList<ReplyView> Replies { get; init; } = [];

    /// <summary>The voice message recorded in the form, if the report has one.</summary>
    public VoiceStatusView? Voice { get; init; }

    /// <summary>The slots offered for the candidate to book, and which one they took and when.</summary>
    public IReadOnlyList<Operations.Scheduling.SlotView> Slots { get; init; } = [];
}

/// <summary>A recorded voice message as the owner follows it: kept or erased, how long, and whether the candidate played it.</summary>
public sealed record VoiceStatusView
{
    public required string RecordingId { get; init; }

    /// <summary>False once the recording was removed (erasure).</summary>
    public bool Stored { get; init; }

    /// <summary>As the form measured it; null when the uploader did not say.</summary>
    public int? DurationSeconds { get; init; }

    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>The candidate's first play on the listening page; null until then.</summary>
    public DateTimeOffset? ListenedAt { get; init; }
}
