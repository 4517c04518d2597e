using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Api.Tests.Telemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed class PlaybookMetricsTests : IAsyncLifetime
{
    private TelemetryHost? _host;

    private TelemetryHost Host => _host!;

    public async Task InitializeAsync() => _host = await TelemetryHost.StartAsync(Policies.Waiting);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task One_report_of_each_reaction_counts_the_report_its_emails_the_escalations_and_the_time_to_the_first_email()
    {
        // Act
        await Host.ReportAsync("proceed", Policies.NextInterviewIn(TimeSpan.FromDays(2)));
        await Host.ReportAsync("considering");
        await Host.ReportAsync("undecided");
        await Host.ReportAsync("declined");
        await WaitForAsync(() => Host.Count(MetricNames.EmailsSent) == 6, describe: () => string.Join(", ", Host.MetricPoints(MetricNames.EmailsSent).Select(p => $"{string.Join("/", EnumerateTags(p))}={p.GetSumLong()}")));

        // Assert
        foreach (var reaction in new[] { "proceed", "considering", "undecided", "declined" })
        {
            Assert.Equal(1, Host.Count(MetricNames.ReportsAccepted, (TelemetryAttributes.Reaction, reaction)));
        }

        foreach (var kind in new[] { "ProceedConfirmation", "ConsideringThanks", "UndecidedThanks", "DeclinedThanks", "OwnerRetrospective", "OwnerSnsConnect" })
        {
            Assert.Equal(1, Host.Count(MetricNames.EmailsSent, (TelemetryAttributes.EmailKind, kind), (TelemetryAttributes.Transport, "Acs")));
        }

        Assert.Equal(1, Host.Count(MetricNames.Escalations, (TelemetryAttributes.EscalationKind, "OwnerRetrospective")));
        Assert.Equal(1, Host.Count(MetricNames.Escalations, (TelemetryAttributes.EscalationKind, "OwnerSnsConnect")));
        Assert.Equal(2, Host.Count(MetricNames.Escalations));
        var latency = Assert.Single(Host.MetricPoints(MetricNames.ReportToFirstEmail).Where(p => p.GetHistogramCount() > 0).GroupBy(_ => 1)).ToArray();
        Assert.Equal(4, latency.Sum(p => p.GetHistogramCount()));
        Assert.InRange(latency.Sum(p => p.GetHistogramSum()), 0, 4 * 30);
        Assert.Equal(0, Host.Count(MetricNames.DeliveryFailures));
        Assert.Equal(0, Host.Count(MetricNames.CasesNeedingAttention));
    }

    [Fact]
    public async Task A_refused_email_counts_a_permanent_failure_and_a_case_needing_attention()
    {
        // Arrange
        Host.Acs.AnswerNextSendWith(400);

        // Act
        await Host.ReportAsync("considering");
        await WaitForAsync(() => Host.Count(MetricNames.CasesNeedingAttention) == 1);

        // Assert
        Assert.Equal(1, Host.Count(MetricNames.DeliveryFailures, (TelemetryAttributes.EmailKind, "ConsideringThanks"), (TelemetryAttributes.Failure, "permanent")));
        Assert.Equal(1, Host.Count(MetricNames.CasesNeedingAttention, (TelemetryAttributes.AttentionReason, AttentionReasons.DeliveryFailed)));
        Assert.Equal(1, Host.Count(MetricNames.Escalations, (TelemetryAttributes.EscalationKind, "OwnerDeliveryFailed")));
        Assert.Equal(0, Host.Count(MetricNames.EmailsSent, (TelemetryAttributes.EmailKind, "ConsideringThanks")));
    }

    [Fact]
    public async Task A_failure_that_passes_on_retry_counts_once_as_transient_and_the_email_once_as_sent()
    {
        // Arrange
        Host.Acs.AnswerNextSendWith(503);

        // Act
        await Host.ReportAsync("considering");
        await WaitForAsync(() => Host.Count(MetricNames.EmailsSent) == 1, TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal(1, Host.Count(MetricNames.DeliveryFailures, (TelemetryAttributes.EmailKind, "ConsideringThanks"), (TelemetryAttributes.Failure, "transient")));
        Assert.Equal(1, Host.Count(MetricNames.EmailsSent, (TelemetryAttributes.EmailKind, "ConsideringThanks")));
        Assert.Equal(0, Host.Count(MetricNames.CasesNeedingAttention));
    }

    [Fact]
    public async Task A_reply_a_reaction_change_an_opt_out_and_an_erasure_are_each_counted()
    {
        // Arrange
        var id = await Host.ReportAsync("considering");
        await WaitForAsync(() => Host.Count(MetricNames.EmailsSent) == 1);
        var tokens = Host.Playbook.Services.GetRequiredService<ReplyTokens>();
        var recorded = await Host.Playbook.Services.GetRequiredService<IInterviewStore>().RecordedReportAsync(id);
        var reply = InboundMessages.Body(to: tokens.ReplyAddressFor(recorded), text: "ご連絡ありがとうございます。リモート勤務は可能でしょうか？");

        // Act
        var replied = await Host.CallAsync(RouteNames.ReceiveInboundEmail, HttpMethods.Post, reply, headers: new Dictionary<string, string> { [InboundSignature.HeaderName] = InboundMessages.Sign(reply) });
        var changed = await Host.CallAsync(RouteNames.ChangeReaction, HttpMethods.Post, ApiHost.Utf8("""{ "reaction": "undecided" }"""), routeValues: ("id", id));
        var optedOut = await Host.CallAsync(RouteNames.OptOut, HttpMethods.Post, ApiHost.Utf8("List-Unsubscribe=One-Click"), query: "?token=" + Uri.EscapeDataString(OptOutToken(tokens, recorded)));
        var erased = await Host.CallAsync(RouteNames.RequestErasure, HttpMethods.Post, ApiHost.Utf8($$"""{ "email": "{{TelemetryHost.Candidate.Email}}" }"""));

        // Assert
        Assert.Equal([202, 202, 200, 202], new[] { replied.StatusCode, changed.StatusCode, optedOut.StatusCode, erased.StatusCode });
        Assert.Equal(1, Host.Count(MetricNames.Replies, (TelemetryAttributes.Intent, ReplyIntents.Of(ReplyIntent.Question))));
        Assert.Equal(1, Host.Count(MetricNames.ReactionChanges, (TelemetryAttributes.Reaction, "undecided"), (TelemetryAttributes.PreviousReaction, "considering")));
        Assert.Equal(1, Host.Count(MetricNames.OptOuts));
        Assert.Equal(1, Host.Count(MetricNames.Erasures, (TelemetryAttributes.Outcome, "complete")));
    }

    private static string OptOutToken(ReplyTokens tokens, InterviewReport report)
    {
        var link = tokens.OptOutLinkFor(report);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["token"].ToString();
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan? timeout = null, Func<string>? describe = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The metrics never reached the expected values. " + describe?.Invoke());
            }

            await Task.Delay(100);
        }
    }

    private static IEnumerable<string> EnumerateTags(OpenTelemetry.Metrics.MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            yield return $"{tag.Key}:{tag.Value}";
        }
    }
}
