using System.Diagnostics;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Api.Tests.Telemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed class PersonalDataTests : IAsyncLifetime
{
    private static readonly string[] PersonalData =
    [
        TelemetryHost.Candidate.Name,
        TelemetryHost.Candidate.Email,
        TelemetryHost.Owner.Name,
        TelemetryHost.Owner.Email,
        Uri.EscapeDataString(TelemetryHost.Candidate.Email),
    ];

    private TelemetryHost? _host;

    private TelemetryHost Host => _host!;

    public async Task InitializeAsync() => _host = await TelemetryHost.StartAsync(Policies.Fast);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task No_log_line_or_span_of_every_branch_run_to_its_end_names_the_candidate_or_the_owner()
    {
        // Arrange: every branch to its end, a reply, a reaction change, an opt-out, a refused email and an erasure.
        var tokens = Host.Playbook.Services.GetRequiredService<ReplyTokens>();
        var finishing = new List<string>
        {
            await Host.ReportAsync("proceed", Policies.NextInterviewIn(TimeSpan.FromSeconds(6))),
            await Host.ReportAsync("proceed"),
            await Host.ReportAsync("considering"),
            await Host.ReportAsync("undecided"),
            await Host.ReportAsync("declined"),
        };
        Host.Acs.AnswerNextSendWith(400);
        finishing.Add(await Host.ReportAsync("considering"));
        var replied = await Host.ReportAsync("considering");
        await Host.Playbook.WaitForStatusAsync(replied, s => s.CandidateEmails == 1);

        var recorded = await Host.Playbook.Services.GetRequiredService<IInterviewStore>().RecordedReportAsync(replied);

        // Act
        var reply = InboundMessages.Body(to: tokens.ReplyAddressFor(recorded), text: $"{TelemetryHost.Candidate.Name}です。{TelemetryHost.Candidate.Email} までご連絡ください。");
        await Host.CallAsync(RouteNames.ReceiveInboundEmail, HttpMethods.Post, reply, headers: new Dictionary<string, string> { [InboundSignature.HeaderName] = InboundMessages.Sign(reply) });
        await Host.CallAsync(RouteNames.ChangeReaction, HttpMethods.Post, ApiHost.Utf8("""{ "reaction": "declined" }"""), routeValues: ("id", replied));
        var optOutLink = tokens.OptOutLinkFor(recorded);
        await Host.CallAsync(RouteNames.OptOut, HttpMethods.Get, query: optOutLink.Query);
        await Host.CallAsync(RouteNames.OptOut, HttpMethods.Post, ApiHost.Utf8("List-Unsubscribe=One-Click"), query: optOutLink.Query);
        await Host.CallAsync(RouteNames.GetInterview, HttpMethods.Get, routeValues: ("id", replied));
        foreach (var id in finishing.Append(replied))
        {
            await Host.Playbook.WaitForCompletionAsync(id, TimeSpan.FromSeconds(60));
        }

        await Host.CallAsync(RouteNames.RequestErasure, HttpMethods.Post, ApiHost.Utf8($$"""{ "email": "{{TelemetryHost.Candidate.Email}}" }"""));
        var logs = Host.Logs.Lines;
        var spans = Host.Spans;

        // Assert: the run was observed (a silent logger would pass vacuously) ...
        Assert.Contains(logs, l => l.Message.Contains("sent through Acs", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Message.Contains("could not be delivered", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Scopes.Any(s => s.StartsWith(TelemetryAttributes.InterviewId + "=", StringComparison.Ordinal)));
        Assert.Contains(spans, s => s.DisplayName == SpanNames.Erasure);
        Assert.Contains(spans, s => s.DisplayName == SpanNames.InboundReply && s.GetTagItem(TelemetryAttributes.InterviewId) as string == replied);

        // ... and nothing of it names a person.
        foreach (var value in PersonalData)
        {
            Assert.DoesNotContain(logs, l => l.AllText.Contains(value, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(spans, s => SpanText(s).Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("/api/interviews/hanako.sato%40example.com", "/api/interviews/{redacted}")]
    [InlineData("http://host/api/interviews/hanako.sato@example.com?x=1", "http://host/api/interviews/{redacted}?x=1")]
    public void An_address_in_a_request_path_is_redacted_before_export(string path, string expected)
    {
        // Arrange
        using var span = new Activity("DELETE").SetTag("url.path", path);

        // Act
        new FollowUp.Api.Telemetry.PersonalDataRedactor().OnEnd(span);

        // Assert
        Assert.Equal(expected, span.GetTagItem("url.path"));
    }

    private static string SpanText(Activity span) => string.Join(
        '\n',
        [
            span.DisplayName,
            span.StatusDescription ?? string.Empty,
            .. span.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")),
        ]);
}
