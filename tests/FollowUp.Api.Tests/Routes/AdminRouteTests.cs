using System.Text.Json;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Tests.Routes;

/// <summary>The console's JSON routes over the table stores on Azurite: lists, filters, paging, figures, snooze.</summary>
public sealed class AdminRouteTests(TableApiHost api) : IClassFixture<TableApiHost>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Day = new(2026, 10, 1, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset FiguresDay = new(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task A_reported_case_is_listed_with_its_stage_and_next_action_and_without_the_candidate_address()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering, email: "listed.candidate@example.com");

        var answer = await api.CallAsync(RouteNames.ListInterviews, HttpMethods.Get, query: "?owner=" + report.Owner.Email + "&stage=awaitingReply");

        Assert.Equal(200, answer.StatusCode);
        var row = Items(answer).Single(r => r.GetProperty("interviewId").GetString() == report.InterviewId);
        Assert.Equal("awaitingReply", row.GetProperty("stage").GetString());
        Assert.Equal("considering", row.GetProperty("reaction").GetString());
        Assert.Equal("sendStatusCheck", row.GetProperty("nextAction").GetString());
        Assert.Equal(1, row.GetProperty("candidateEmails").GetInt32());
        Assert.Equal(report.Candidate.Name, row.GetProperty("candidateName").GetString());
        Assert.DoesNotContain("listed.candidate", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_newest_first_and_each_filter_narrows_it()
    {
        const string owner = "paging@owners.example";
        for (var i = 0; i < 5; i++)
        {
            await SeedAsync(Case($"page-{i}", owner, Day.AddDays(i)) with
            {
                Stage = i % 2 == 0 ? FollowUpStage.AwaitingReply : FollowUpStage.Declined,
                NeedsAttention = i == 3,
            });
        }

        var first = await ListAsync($"?owner={owner}&pageSize=2");
        var second = await ListAsync($"?owner={owner}&pageSize=2&continuation={Uri.EscapeDataString(Continuation(first))}");

        Assert.Equal(["page-4", "page-3"], Ids(first));
        Assert.Equal(["page-2", "page-1"], Ids(second));
        Assert.Equal(["page-4", "page-2", "page-0"], Ids(await ListAsync($"?owner={owner}&stage=AwaitingReply")));
        Assert.Equal(["page-3"], Ids(await ListAsync($"?owner={owner}&needsAttention=true")));
        Assert.Equal(["page-2", "page-1"], Ids(await ListAsync($"?owner={owner}&from=2026-10-02&to=2026-10-03T12:00:00%2B09:00")));
    }

    [Fact]
    public async Task Bad_query_values_answer_400_with_an_error_for_each_and_no_list()
    {
        var answer = await api.CallAsync(
            RouteNames.ListInterviews,
            HttpMethods.Get,
            query: "?stage=waiting&reaction=Maybe&owner=not-an-address&needsAttention=yes&from=yesterday&pageSize=0&continuation=abc");

        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        var errors = ApiHost.Json(answer).GetProperty("errors");
        foreach (var field in new[] { "stage", "reaction", "owner", "needsAttention", "from", "pageSize", "continuation" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {answer.Body}");
        }
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused_by_the_figures()
    {
        var answer = await api.CallAsync(RouteNames.GetMetrics, HttpMethods.Get, query: "?from=2026-10-05&to=2026-10-01");

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task The_figures_add_up_on_a_known_set_of_cases()
    {
        const string aoki = "aoki@figures.example";
        const string baba = "baba@figures.example";
        await SeedAsync(Case("fig-1", aoki, FiguresDay) with { FirstEmailAt = FiguresDay.AddMinutes(2), FirstReplyAt = FiguresDay.AddMinutes(2).AddDays(1), Stage = FollowUpStage.Replied });
        await SeedAsync(Case("fig-2", aoki, FiguresDay.AddHours(1)) with { FirstEmailAt = FiguresDay.AddHours(1).AddMinutes(10), Stage = FollowUpStage.NoResponse, Escalations = 2 });
        var lateNight = new DateTimeOffset(2026, 7, 2, 23, 50, 0, TimeSpan.FromHours(9));
        await SeedAsync(Case("fig-3", aoki, lateNight) with { Reaction = Reaction.Proceed, FirstEmailAt = lateNight.AddMinutes(20), OptedOut = true, SlowCompanyAnswers = 1 });
        await SeedAsync(Case("fig-4", baba, FiguresDay.AddHours(2)) with { Reaction = Reaction.Declined, FirstEmailAt = FiguresDay.AddHours(2).AddMinutes(4), FirstReplyAt = FiguresDay.AddHours(2).AddMinutes(4).AddDays(3), Escalations = 1 });
        await SeedAsync(Case("fig-5", baba, FiguresDay.AddHours(3)) with { Reaction = Reaction.Undecided });
        await SeedAsync(Case("fig-outside", aoki, FiguresDay.AddDays(-30)) with { FirstEmailAt = FiguresDay.AddDays(-30).AddMinutes(1) });

        var answer = await api.CallAsync(RouteNames.GetMetrics, HttpMethods.Get, query: "?from=2026-06-15&to=2026-07-15");

        Assert.Equal(200, answer.StatusCode);
        var metrics = ApiHost.Json(answer);
        var total = metrics.GetProperty("total");
        Assert.Equal(5, total.GetProperty("reports").GetInt32());
        Assert.Equal(3, total.GetProperty("sameDayEmails").GetInt32());
        Assert.Equal(0.6, total.GetProperty("sameDayShare").GetDouble());
        Assert.Equal(4, total.GetProperty("medianMinutesToFirstEmail").GetDouble());
        Assert.Equal(20, total.GetProperty("p90MinutesToFirstEmail").GetDouble());
        Assert.Equal(1, total.GetProperty("repliedInWindow").GetInt32());
        Assert.Equal(0.25, total.GetProperty("replyRate").GetDouble());
        Assert.Equal(1440, total.GetProperty("medianMinutesToReply").GetDouble());
        Assert.Equal(3, total.GetProperty("escalations").GetInt32());
        Assert.Equal(1, total.GetProperty("noResponseClosures").GetInt32());
        Assert.Equal(1, total.GetProperty("optOuts").GetInt32());
        Assert.Equal(1, total.GetProperty("slowCompanyAnswerCases").GetInt32());

        var considering = metrics.GetProperty("byReaction").GetProperty("considering");
        Assert.Equal(2, considering.GetProperty("reports").GetInt32());
        Assert.Equal(1.0, considering.GetProperty("sameDayShare").GetDouble());
        Assert.Equal(2, considering.GetProperty("medianMinutesToFirstEmail").GetDouble());
        Assert.Equal(10, considering.GetProperty("p90MinutesToFirstEmail").GetDouble());
        Assert.Equal(0.5, considering.GetProperty("replyRate").GetDouble());

        var byBaba = metrics.GetProperty("byOwner").EnumerateArray().Single(o => o.GetProperty("ownerEmail").GetString() == baba).GetProperty("figures");
        Assert.Equal(2, byBaba.GetProperty("reports").GetInt32());
        Assert.Equal(0.5, byBaba.GetProperty("sameDayShare").GetDouble());
        Assert.Equal(0, byBaba.GetProperty("replyRate").GetDouble());
        Assert.Equal(1, byBaba.GetProperty("escalations").GetInt32());

        var onlyAoki = ApiHost.Json(await api.CallAsync(RouteNames.GetMetrics, HttpMethods.Get, query: $"?from=2026-06-15&to=2026-07-15&owner={aoki}"));
        Assert.Equal(3, onlyAoki.GetProperty("total").GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task The_talent_pool_lists_a_declined_candidate_with_owner_and_profiles_and_a_snooze_moves_the_date()
    {
        var report = await api.StartFinishedAsync();

        var listed = await api.CallAsync(RouteNames.ListTalentPool, HttpMethods.Get, query: "?tag=declined&q=" + Uri.EscapeDataString("花子"));
        var entry = Items(listed).Single(e => e.GetProperty("sourceInterviewId").GetString() == report.InterviewId);
        var id = entry.GetProperty("id").GetString()!;
        var until = DateTimeOffset.UtcNow.AddDays(30);
        var snoozed = await api.CallAsync(RouteNames.SnoozeTalentPool, HttpMethods.Post, ApiHost.Utf8($"{{\"until\":\"{until:O}\"}}"), routeValues: ("id", id));
        var due = await api.CallAsync(RouteNames.ListTalentPool, HttpMethods.Get, query: "?recontactBefore=" + Uri.EscapeDataString(until.AddDays(1).ToString("O")));

        Assert.Equal(200, listed.StatusCode);
        Assert.Equal(report.Owner.Email, entry.GetProperty("ownerEmail").GetString());
        Assert.Equal("LinkedIn", entry.GetProperty("profiles")[0].GetProperty("network").GetString());
        Assert.Equal(200, snoozed.StatusCode);
        Assert.Equal(until, ApiHost.Json(snoozed).GetProperty("recontactAt").GetDateTimeOffset());
        Assert.Contains(Items(due), e => e.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task A_snooze_into_the_past_is_400_and_for_nobody_404()
    {
        var past = await api.CallAsync(RouteNames.SnoozeTalentPool, HttpMethods.Post, ApiHost.Utf8("{\"until\":\"2020-01-01T00:00:00Z\"}"), routeValues: ("id", new string('a', 64)));
        var nobody = await api.CallAsync(RouteNames.SnoozeTalentPool, HttpMethods.Post, ApiHost.Utf8($"{{\"until\":\"{DateTimeOffset.UtcNow.AddDays(3):O}\"}}"), routeValues: ("id", new string('a', 64)));

        Assert.Equal(400, past.StatusCode);
        Assert.True(ApiHost.Json(past).GetProperty("errors").TryGetProperty("until", out _));
        Assert.Equal(404, nobody.StatusCode);
    }

    private static CaseSummary Case(string id, string owner, DateTimeOffset reportedAt) => new()
    {
        InterviewId = id,
        CandidateName = "候補者 " + id,
        OwnerName = owner.Split('@')[0],
        OwnerEmail = owner,
        InterviewedAt = reportedAt.AddHours(-1),
        ReportedAt = reportedAt,
        Reaction = Reaction.Considering,
        Stage = FollowUpStage.AwaitingReply,
    };

    private Task SeedAsync(CaseSummary row) => api.Get<ICaseList>().ChangeAsync(row.InterviewId, row.InterviewedAt, _ => row, None);

    private Task<Http.ApiAnswer> ListAsync(string query) => api.CallAsync(RouteNames.ListInterviews, HttpMethods.Get, query: query);

    private static List<JsonElement> Items(Http.ApiAnswer answer) => [.. ApiHost.Json(answer).GetProperty("items").EnumerateArray()];

    private static List<string> Ids(Http.ApiAnswer answer) => Items(answer).Select(r => r.GetProperty("interviewId").GetString()!).ToList();

    private static string Continuation(Http.ApiAnswer answer) => ApiHost.Json(answer).GetProperty("continuation").GetString()!;
}
