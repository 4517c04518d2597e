namespace FollowUp.Orchestrations.Playbook;

/// <summary>How a branch of the playbook ended.</summary>
internal abstract record BranchEnd
{
    /// <summary>The playbook's part is done; the case stays open for a new reaction or a late reply.</summary>
    public static BranchEnd Settle { get; } = new Settled();

    /// <summary>Nothing is left to do: the orchestration completes.</summary>
    public static BranchEnd Finish { get; } = new Finished();

    public sealed record Settled : BranchEnd;

    public sealed record Finished : BranchEnd;

    /// <summary>The owner reported a new reaction: continue with its branch.</summary>
    public sealed record Changed(ReactionChange Change) : BranchEnd;

    /// <summary>A wait longer than one execution may last: the case goes on with it in the next execution.</summary>
    public sealed record Paused(PlannedAction Waiting, DateTimeOffset Until, int RepliesInWait = 0) : BranchEnd;
}
