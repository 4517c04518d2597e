using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Support;

/// <summary>
/// Tokens as the email dispatcher makes them. By id: what a case without a nonce gets (the cases these
/// tests start through the playbook host directly). From the store: a case reported over HTTP, which has one.
/// </summary>
internal static class TokensForIds
{
    public static string ReplyAddressFor(this ReplyTokens tokens, string interviewId) =>
        tokens.ReplyAddressFor(Reports.Report(Reaction.Considering, interviewId));

    public static Uri OptOutLinkFor(this ReplyTokens tokens, string interviewId) =>
        tokens.OptOutLinkFor(Reports.Report(Reaction.Considering, interviewId));

    public static async Task<InterviewReport> RecordedReportAsync(this IInterviewStore interviews, string interviewId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await interviews.FindAsync(interviewId, deadline.Token) is { } report)
            {
                return report;
            }

            await Task.Delay(50, deadline.Token);
        }
    }
}
