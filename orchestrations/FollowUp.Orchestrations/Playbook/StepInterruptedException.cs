namespace FollowUp.Orchestrations.Playbook;

/// <summary>
/// A new reaction arrived while a step was failing: the step is dropped and the case continues on
/// the new branch. Thrown through the branch code so no branch has to know about stuck steps.
/// </summary>
internal sealed class StepInterruptedException(ReactionChange change) : Exception("A new reaction replaced a stuck step.")
{
    public ReactionChange Change { get; } = change;
}
