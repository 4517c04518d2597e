using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Interviews;
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
        var request = ApiHost.Json(answer);
        Assert.Equal("completed", request.GetProperty("status").GetString());
        Assert.Equal(2, request.GetProperty("removed").GetProperty("interviews").GetInt32());
        Assert.Equal(2, request.GetProperty("removed").GetProperty("histories").GetInt32());
        Assert.Equal(1, request.GetProperty("removed").GetProperty("instancesTerminated").GetInt32());
        Assert.True(request.GetProperty("removed").GetProperty("rows").GetInt32() >= 5, "two reports, their timelines and the talent-pool entry");
        Assert.Equal(0, request.GetProperty("instancesRemaining").GetInt32());
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
    public async Task The_location_of_an_erasure_request_reports_it_completed_with_what_was_removed()
    {
        await api.StartWaitingAsync(email: "status.read@example.com");
        var answer = await api.EraseAsync("status.read@example.com");
        var id = ApiHost.Json(answer).GetProperty("id").GetString()!;

        var status = await api.ErasureStatusAsync(id);

        Assert.Equal($"/api/erasure-requests/{id}", answer.Location);
        Assert.Equal(200, status.StatusCode);
        Assert.Equal("completed", ApiHost.Json(status).GetProperty("status").GetString());
        Assert.Equal(1, ApiHost.Json(status).GetProperty("removed").GetProperty("histories").GetInt32());
        Assert.True(ApiHost.Json(status).TryGetProperty("completedAt", out _));
    }

    [Fact]
    public async Task An_unknown_erasure_request_answers_404()
    {
        var status = await api.ErasureStatusAsync("0123456789abcdef0123456789abcdef");

        Assert.Equal(404, status.StatusCode);
    }

    [Fact]
    public async Task Repeating_an_erasure_answers_202_with_nothing_left_to_erase()
    {
        const string address = "twice.erased@example.com";
        await api.StartWaitingAsync(email: address);
        await api.EraseAsync(address);

        var again = await api.EraseAsync(address);

        Assert.Equal(202, again.StatusCode);
        Assert.Equal(0, ApiHost.Json(again).GetProperty("removed").GetProperty("interviews").GetInt32());
        Assert.Equal("completed", ApiHost.Json(again).GetProperty("status").GetString());
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

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "email": "a@example.com", "name": "extra" }""")]
    [InlineData("""["a@example.com"]""")]
    [InlineData("not json")]
    public async Task A_body_that_is_not_an_erasure_request_answers_400_and_erases_nothing(string body)
    {
        var answer = await api.CallAsync(FollowUp.Api.Routing.RouteNames.RequestErasure, Microsoft.AspNetCore.Http.HttpMethods.Post, ApiHost.Utf8(body));

        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    private string OptOutToken(string interviewId) =>
        System.Web.HttpUtility.ParseQueryString(api.Tokens.OptOutLinkFor(interviewId).Query)["token"]!;
}
