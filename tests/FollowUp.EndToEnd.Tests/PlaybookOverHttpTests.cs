using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FollowUp.EndToEnd.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.EndToEnd.Tests;

/// <summary>The whole product as a person runs it: reports over HTTP, outcomes read only from the outbox and the status route.</summary>
[Collection(OnAzurite.Name)]
public sealed class PlaybookOverHttpTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Every_reaction_reported_over_http_sends_its_same_day_email()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite);
        var proceed = Reports.Report("e2e-proceed", "proceed");
        proceed["nextInterview"] = new JsonObject
        {
            ["startsAt"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O"),
            ["durationMinutes"] = 60,
            ["with"] = "CEO 山根",
            ["location"] = "https://meet.example.com/abc",
        };

        var answers = new List<HttpStatusCode>();
        foreach (var report in new[] { proceed, Reports.Report("e2e-considering", "considering"), Reports.Report("e2e-undecided", "undecided"), Reports.Report("e2e-declined", "declined") })
        {
            using var response = await host.Http.SubmitAsync(report);
            answers.Add(response.StatusCode);
        }

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Accepted, status));
        var confirmation = await host.Outbox.WaitForAsync("e2e-proceed", "ProceedConfirmation");
        await host.Outbox.WaitForAsync("e2e-considering", "ConsideringThanks");
        await host.Outbox.WaitForAsync("e2e-undecided", "UndecidedThanks");
        await host.Outbox.WaitForAsync("e2e-declined", "DeclinedThanks");
        await host.Outbox.WaitForAsync("e2e-declined", "OwnerRetrospective");
        Assert.Contains(confirmation.Attachments, a => a.ContentType.MimeType == "text/calendar" || a.ContentType.Name?.EndsWith(".ics", StringComparison.Ordinal) == true);
        var considering = await host.Http.WaitForStatusAsync("e2e-considering", s => s.Text("stage") == "awaitingReply");
        Assert.Equal("sendStatusCheck", considering.Text("nextAction"));
    }

    [Fact]
    public async Task Considering_without_a_reply_checks_in_with_the_candidate_and_escalates_to_the_owner()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUp__Policy__ReplyWindow"] = "PT4S",
            ["FollowUp__Policy__NoResponseWindow"] = "PT4S",
        });

        using var response = await host.Http.SubmitAsync(Reports.Report("e2e-quiet", "considering"));
        var final = await host.Http.WaitForStatusAsync("e2e-quiet", s => s.Text("runtimeStatus") == "Completed");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("noResponse", final.Text("stage"));
        Assert.Equal(["ConsideringThanks", "StatusCheck", "OwnerNoReply", "OwnerNoResponseClosed"], host.Outbox.KindsOf("e2e-quiet"));
    }

    [Fact]
    public async Task Reporting_the_same_interview_twice_sends_one_email_and_a_different_report_is_refused()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite);
        var report = Reports.Report("e2e-twice", "undecided");

        using var first = await host.Http.SubmitAsync(report);
        using var second = await host.Http.SubmitAsync(report);
        report["reaction"] = "declined";
        using var conflicting = await host.Http.SubmitAsync(report);
        await host.Outbox.WaitForAsync("e2e-twice", "UndecidedThanks");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
        Assert.Equal(["UndecidedThanks"], host.Outbox.KindsOf("e2e-twice"));
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused_and_one_from_the_host_itself_is_taken()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/interviews", UriKind.Relative))
        {
            Content = JsonContent.Create(Reports.Report("e2e-csrf", "declined")),
        };
        crossSite.Headers.Add("Origin", "https://attacker.example");
        using var sameSite = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/interviews", UriKind.Relative))
        {
            Content = JsonContent.Create(Reports.Report("e2e-same-origin", "declined")),
        };
        sameSite.Headers.Add("Origin", host.Http.BaseAddress!.GetLeftPart(UriPartial.Authority));

        using var refused = await host.Http.SendAsync(crossSite);
        using var taken = await host.Http.SendAsync(sameSite);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        using var unknown = await host.Http.GetAsync(new Uri("/api/interviews/e2e-csrf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
