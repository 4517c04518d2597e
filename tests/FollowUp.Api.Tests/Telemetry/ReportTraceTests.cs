using System.Diagnostics;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Telemetry;

namespace FollowUp.Api.Tests.Telemetry;

[Collection(TelemetryTestGroup.Name)]
public sealed class ReportTraceTests : IAsyncLifetime
{
    private TelemetryHost? _host;

    private TelemetryHost Host => _host!;

    public async Task InitializeAsync() => _host = await TelemetryHost.StartAsync(Policies.Waiting);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Theory]
    [InlineData("proceed", "ProceedConfirmation")]
    [InlineData("considering", "ConsideringThanks")]
    [InlineData("undecided", "UndecidedThanks")]
    [InlineData("declined", "DeclinedThanks")]
    public async Task One_report_is_one_trace_from_the_route_to_the_ACS_request_of_its_same_day_email(string reaction, string sameDayKind)
    {
        // Arrange
        var next = reaction == "proceed" ? Policies.NextInterviewIn(TimeSpan.FromDays(2)) : null;

        // Act
        var id = await Host.ReportAsync(reaction, next);
        var spans = await Host.WaitForSpansAsync(all =>
            SendSpan(all, id, sameDayKind) is { } send
            && HttpCallsUnder(all, send).Any()
            && all.Any(s => s.SpanId == send.ParentSpanId)
            && all.Any(s => s.DisplayName == SpanNames.Activity("RecordInterview") && Interview(s) == id));

        // Assert
        var route = spans.Single(s => s.DisplayName == SpanNames.Route("SubmitInterview") && Interview(s) == id);
        var trace = route.TraceId;
        var intake = spans.Single(s => s.DisplayName == SpanNames.IntakeSubmit && Interview(s) == id);
        var create = spans.Single(s => s.Source.Name == FollowUpTelemetry.DurableTaskSource && s.DisplayName.StartsWith("create_orchestration", StringComparison.Ordinal) && Interview(s) == id);
        var send = SendSpan(spans, id, sameDayKind)!;
        var durableActivity = spans.Single(s => s.SpanId == send.ParentSpanId);
        var dispatch = spans.Single(s => s.DisplayName == SpanNames.EmailDispatch && s.ParentSpanId == send.SpanId);
        var httpCalls = HttpCallsUnder(spans, send).ToArray();

        Assert.Null(route.Parent);
        Assert.Equal(("activity:SendEmail", FollowUpTelemetry.DurableTaskSource), (durableActivity.DisplayName, durableActivity.Source.Name));
        Assert.Equal(route.SpanId, intake.ParentSpanId);
        Assert.Equal(intake.SpanId, create.ParentSpanId);
        Assert.All([intake, create, durableActivity, send, dispatch, .. httpCalls], s => Assert.Equal(trace, s.TraceId));
        Assert.Contains(spans, s => s.DisplayName == SpanNames.Activity("RecordInterview") && s.TraceId == trace);
        Assert.Equal("Acs", dispatch.GetTagItem(TelemetryAttributes.Transport));
        Assert.Contains(httpCalls, s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.Contains("/emails:send", StringComparison.Ordinal) == true);
        Assert.All(spans.Where(s => s.TraceId == trace), s => Assert.Equal(id, Interview(s)));
    }

    private static string? Interview(Activity span) => span.GetTagItem(TelemetryAttributes.InterviewId) as string;

    private static Activity? SendSpan(IReadOnlyList<Activity> spans, string id, string kind) =>
        spans.FirstOrDefault(s => s.DisplayName == SpanNames.Activity("SendEmail") && Interview(s) == id && (s.GetTagItem(TelemetryAttributes.EmailKind) as string) == kind);

    /// <summary>HTTP client spans anywhere below <paramref name="root"/>.</summary>
    private static IEnumerable<Activity> HttpCallsUnder(IReadOnlyList<Activity> spans, Activity root)
    {
        var below = new HashSet<ActivitySpanId> { root.SpanId };
        bool grew;
        do
        {
            grew = false;
            foreach (var span in spans.Where(s => !below.Contains(s.SpanId) && below.Contains(s.ParentSpanId)))
            {
                below.Add(span.SpanId);
                grew = true;
            }
        }
        while (grew);

        return spans.Where(s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http" && below.Contains(s.SpanId));
    }
}
