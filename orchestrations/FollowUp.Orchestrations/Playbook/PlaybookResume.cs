namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// Where a long wait goes on after its execution ended early to keep the history short: which
/// wait (named by what happens when it ends), until when, and the status the case showed.
/// </summary>
/// <param name="RepliesInWait">Replies already forwarded in this wait, so the bound on one wait holds across executions.</param>
public sealed record PlaybookResume(PlannedAction Waiting, DateTimeOffset Until, FollowUpStatus Status, int RepliesInWait = 0);
