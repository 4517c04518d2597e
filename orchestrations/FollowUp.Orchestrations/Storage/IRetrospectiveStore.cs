using FollowUp.Orchestrations.Retrospectives;

namespace FollowUp.Orchestrations.Storage;

public interface IRetrospectiveStore
{
    Task UpsertAsync(Retrospective retrospective, CancellationToken cancellationToken);

    Task<Retrospective?> FindAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>Removes the interview's retrospective, if any; safe to repeat.</summary>
    Task DeleteAsync(string interviewId, CancellationToken cancellationToken);
}
