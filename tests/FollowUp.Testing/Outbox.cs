using MimeKit;

namespace FollowUp.Testing;

/// <summary>The pickup folder as a person would read it: one .eml per email, named after its message key.</summary>
public sealed class Outbox(string directory)
{
    /// <summary>Files of one interview; dot-files are the transport's half-written temporaries and never count.</summary>
    public IReadOnlyList<string> FilesOf(string interviewId) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, $"{interviewId}.*.eml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>The email kinds sent for an interview, in order: <c>iv-1.002.StatusCheck.eml</c> → StatusCheck.</summary>
    public IReadOnlyList<string> KindsOf(string interviewId) =>
        FilesOf(interviewId).Select(f => Path.GetFileNameWithoutExtension(f).Split('.')[^1]).ToArray();

    public async Task<MimeMessage> WaitForAsync(string interviewId, string kind, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!deadline.IsCancellationRequested)
        {
            var file = FilesOf(interviewId).FirstOrDefault(f => f.EndsWith($".{kind}.eml", StringComparison.Ordinal));
            if (file is not null)
            {
                return await MimeMessage.LoadAsync(file, CancellationToken.None);
            }

            await Task.Delay(100, CancellationToken.None);
        }

        throw new TimeoutException($"No {kind} email for {interviewId}; the outbox holds: {string.Join(", ", KindsOf(interviewId))}");
    }
}
