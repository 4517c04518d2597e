using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Which reaction a read reply moves the case to, if any. Pure, so the orchestration decides it
/// deterministically on replay and the inbound route can show the same decision on the timeline.
/// Only the two waiting branches move: a case already going ahead, or declined, is the owner's to steer.
/// </summary>
public static class ReplyDecision
{
    public static ReplyOutcome Decide(Reaction current, ReplyReading? reading, FollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (reading is null || !policy.ReplyAutoApply || reading.Confidence < policy.ReplyMinConfidence)
        {
            return ReplyOutcome.OwnerOnly;
        }

        return (current, reading.Intent) switch
        {
            (Reaction.Considering or Reaction.Undecided, ReplyIntent.Proceed) => ReplyOutcome.MovedToProceed,
            (Reaction.Considering or Reaction.Undecided, ReplyIntent.Decline) => ReplyOutcome.MovedToDeclined,
            (Reaction.Considering, ReplyIntent.NotNow) => ReplyOutcome.MovedToUndecided,
            _ => ReplyOutcome.OwnerOnly,
        };
    }

    /// <summary>The reaction an outcome moves to; null for <see cref="ReplyOutcome.OwnerOnly"/>.</summary>
    public static Reaction? ReactionOf(ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.MovedToProceed => Reaction.Proceed,
        ReplyOutcome.MovedToDeclined => Reaction.Declined,
        ReplyOutcome.MovedToUndecided => Reaction.Undecided,
        _ => null,
    };
}
