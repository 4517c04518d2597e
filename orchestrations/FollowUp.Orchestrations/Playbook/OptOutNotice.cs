namespace FollowUp.Orchestrations.Playbook;

/// <summary>The candidate clicked the opt-out link: no more candidate email, owner tasks go on.</summary>
public sealed record OptOutNotice(DateTimeOffset At);
