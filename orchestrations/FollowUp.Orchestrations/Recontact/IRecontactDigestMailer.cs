using FollowUp.Orchestrations.Emails;

namespace FollowUp.Orchestrations.Recontact;

/// <summary>Sends an owner's re-contact digest; idempotent on <see cref="RecontactDigest.Key"/> like every email port.</summary>
public interface IRecontactDigestMailer
{
    Task<EmailReceipt> SendAsync(RecontactDigest digest, CancellationToken cancellationToken);
}
