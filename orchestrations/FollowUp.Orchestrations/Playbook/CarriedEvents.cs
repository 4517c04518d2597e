using System.Text.Json.Serialization;
using FollowUp.Orchestrations.Emails;

namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// Events an execution had received but not yet handled when it continued as new. The runtime
/// carries only events nobody waited for; these had completed a wait already, so the orchestration
/// carries them itself and the next execution handles them first.
/// </summary>
public sealed record CarriedEvents(CandidateReply? Reply = null, ReactionChange? Reaction = null, OptOutNotice? OptOut = null, DateConfirmation? DateConfirmed = null)
{
    [JsonIgnore]
    public bool IsEmpty => Reply is null && Reaction is null && OptOut is null && DateConfirmed is null;
}
