using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Operations.OptOut;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

public sealed class ErasureRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Erasure_leaves_no_row_and_no_instance_for_the_candidate_and_keeps_everyone_else()
    {
        const string erased = "erase.me@example.com";
        const string kept = "keep.me@example.com";
        var running = await api.StartWaitingAsync(email: erased);
        var declined = Reports.Report(Reaction.Declined) with { Candidate = running.Candidate };
        await api.Playbook.StartFollowUpAsync(declined, Reports.FastPolicy);
        await api.Playbook.WaitForCompletionAsync(declined.InterviewId);
        await api.OptOutAsync(OptOutToken(running.InterviewId));
        await api.Get<IInboundMessageLog>().TryRecordAsync("<m@x>", running.InterviewId, DateTimeOffset.UtcNow, None);
        var other = await api.StartWaitingAsync(email: kept);

        var answer = await api.EraseAsync(erased.ToUpperInvariant());

        Assert.Equal(202, answer.StatusCode);
        var summary = ApiHost.Json(answer);
        Assert.Equal(2, summary.GetProperty("interviews").GetInt32());
        Assert.Equal(2, summary.GetProperty("instancesPurged").GetInt32());
        Assert.Equal(0, summary.GetProperty("instancesRemaining").GetInt32());
        Assert.DoesNotContain("example.com", answer.Body, StringComparison.OrdinalIgnoreCase);
        foreach (var id in new[] { running.InterviewId, declined.InterviewId })
        {
            Assert.Null(await api.Client.GetInstanceAsync(id, None));
            Assert.Null(await api.Interviews.FindAsync(id, None));
            Assert.Empty(await api.Timeline.ListAsync(id, None));
            Assert.Null(await api.Get<IRetrospectiveStore>().FindAsync(id, None));
        }

        Assert.Empty(await api.Interviews.ListIdsByCandidateAsync(erased, None));
        Assert.Null(await api.TalentPool.FindAsync(erased, None));
        Assert.False(await api.TalentPool.IsOptedOutAsync(erased, None));
        Assert.True(await api.Get<IInboundMessageLog>().TryRecordAsync("<m@x>", running.InterviewId, DateTimeOffset.UtcNow, None));

        Assert.NotNull(await api.Client.GetInstanceAsync(other.InterviewId, None));
        Assert.NotNull(await api.Interviews.FindAsync(other.InterviewId, None));
        Assert.NotEmpty(await api.Timeline.ListAsync(other.InterviewId, None));
    }

    [Fact]
    public async Task Repeating_an_erasure_answers_202_with_nothing_left_to_erase()
    {
        const string address = "twice.erased@example.com";
        await api.StartWaitingAsync(email: address);
        await api.EraseAsync(address);

        var again = await api.EraseAsync(address);

        Assert.Equal(202, again.StatusCode);
        Assert.Equal(0, ApiHost.Json(again).GetProperty("interviews").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("someone@localhost")]
    [InlineData("Hanako <hanako@example.com>")]
    public async Task Malformed_address_answers_400(string address)
    {
        var answer = await api.EraseAsync(address);

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("email", out _));
    }

    private string OptOutToken(string interviewId) =>
        System.Web.HttpUtility.ParseQueryString(api.Tokens.OptOutLinkFor(interviewId).Query)["token"]!;
}
