namespace FollowUp.Orchestrations.Playbook;

/// <summary>The <see cref="FollowUpEvents.DateConfirmed"/> payload: the booked date stands after the candidate's reply.</summary>
public sealed record DateConfirmation(DateTimeOffset ConfirmedAt);
