using FollowUp.Email.Configuration;
using FollowUp.Orchestrations.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Pickup;

/// <summary>
/// The pickup folder's copies of an interview's emails, for erasure: files are named after the message
/// key, which starts with the interview id and a '.', and ids hold no '.', so the pattern meets no other
/// interview's files. Other transports keep no copy.
/// </summary>
internal sealed class PickupEmailCopies(IOptions<EmailOptions> options) : IEmailCopies
{
    public Task<int> DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        var directory = Path.GetFullPath(options.Value.PickupDirectory);
        if (options.Value.Transport != EmailTransportKind.Pickup || !Directory.Exists(directory))
        {
            return Task.FromResult(0);
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(directory, $"{interviewId}.*"))
        {
            File.Delete(file);
            deleted++;
        }

        // A crashed writer's temporaries and claims hold the same message.
        foreach (var file in Directory.EnumerateFiles(directory, $".{interviewId}.*"))
        {
            File.Delete(file);
        }

        return Task.FromResult(deleted);
    }
}
