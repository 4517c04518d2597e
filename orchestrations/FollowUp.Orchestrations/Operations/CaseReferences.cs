using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Operations;

/// <summary>
/// The interview a verified token is good for today. A nonce token must find its own case's record;
/// a token naming only the interview id (sent before nonces) is refused once the id's record belongs
/// to a case with a nonce: that is a later case reusing the id after an erasure.
/// </summary>
public sealed class CaseReferences(IInterviewStore interviews)
{
    public async Task<string?> ResolveAsync(CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.CaseNonce is { } nonce)
        {
            var id = await interviews.FindIdByCaseNonceAsync(nonce, cancellationToken).ConfigureAwait(false);
            var report = id is null ? null : await interviews.FindAsync(id, cancellationToken).ConfigureAwait(false);
            return report?.CaseNonce == nonce ? id : null;
        }

        var interviewId = reference.InterviewId!;
        var current = await interviews.FindAsync(interviewId, cancellationToken).ConfigureAwait(false);
        return current?.CaseNonce is null ? interviewId : null;
    }
}
