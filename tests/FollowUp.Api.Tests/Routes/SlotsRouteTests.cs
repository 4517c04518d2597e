using System.Text.Json.Nodes;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Interviews;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Tests.Routes;

/// <summary>Slots in a report and <c>PUT /api/interviews/{id}/slots</c>: times the candidate may book from a link.</summary>
public sealed class SlotsRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private Task<Http.ApiAnswer> SubmitAsync(JsonObject report) =>
        api.CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, ApiHost.Utf8(report.ToJsonString()));

    private Task<Http.ApiAnswer> PutSlotsAsync(string id, string body) =>
        api.CallAsync(RouteNames.ReplaceInterviewSlots, HttpMethods.Put, ApiHost.Utf8(body), routeValues: ("id", id));

    [Fact]
    public async Task A_considering_report_with_slots_is_accepted_and_its_status_lists_them_unbooked()
    {
        var answer = await SubmitAsync(SlotBodies.Report("iv-slots-1", "considering", SlotBodies.Slot(3), SlotBodies.Slot(4)));

        Assert.Equal(202, answer.StatusCode);
        var status = ApiHost.Json(await api.GetAsync("iv-slots-1"));
        var slots = status.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(2, slots.Count);
        Assert.All(slots, s => Assert.False(s.TryGetProperty("bookedAt", out _)));
        Assert.All(slots, s => Assert.Matches("^[0-9a-f]{16}$", s.GetProperty("id").GetString()));
        await api.CancelAsync("iv-slots-1");
    }

    [Fact]
    public async Task Slots_with_a_booked_date_or_on_another_reaction_are_refused_with_400()
    {
        var withDate = SlotBodies.Report("iv-slots-2", "proceed", SlotBodies.Slot(3));
        withDate["nextInterview"] = SlotBodies.Slot(5);

        var dated = await SubmitAsync(withDate);
        var undecided = await SubmitAsync(SlotBodies.Report("iv-slots-3", "undecided", SlotBodies.Slot(3)));

        Assert.Equal(400, dated.StatusCode);
        Assert.Equal(400, undecided.StatusCode);
        Assert.Contains("proceed without nextInterview", ApiHost.Json(undecided).GetProperty("errors").GetProperty("slots")[0].GetString(), StringComparison.Ordinal);
        Assert.Null(await api.Client.GetInstanceAsync("iv-slots-2"));
        Assert.Null(await api.Client.GetInstanceAsync("iv-slots-3"));
    }

    [Fact]
    public async Task Too_many_past_or_repeated_slots_are_refused_with_field_errors()
    {
        var many = await SubmitAsync(SlotBodies.Report("iv-slots-4", "proceed", Enumerable.Range(1, 11).Select(d => SlotBodies.Slot(d)).ToArray()));
        var past = await SubmitAsync(SlotBodies.Report("iv-slots-5", "proceed", SlotBodies.Slot(-1)));
        var twice = await SubmitAsync(SlotBodies.Report("iv-slots-6", "proceed", SlotBodies.Slot(3), SlotBodies.Slot(3)));

        Assert.Equal(400, many.StatusCode);
        Assert.Equal(400, past.StatusCode);
        Assert.Equal(400, twice.StatusCode);
        Assert.True(ApiHost.Json(past).GetProperty("errors").TryGetProperty("slots[0].startsAt", out _));
        Assert.Contains("twice", ApiHost.Json(twice).GetProperty("errors").GetProperty("slots")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Putting_slots_on_a_case_waiting_for_a_booking_replaces_them()
    {
        var report = await api.StartWaitingAsync(Reaction.Proceed);

        var first = await PutSlotsAsync(report.InterviewId, SlotBodies.List(SlotBodies.Slot(3), SlotBodies.Slot(4)));
        var sixth = SlotBodies.Slot(6);
        var second = await PutSlotsAsync(report.InterviewId, SlotBodies.List(sixth));

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        var slots = ApiHost.Json(second).GetProperty("slots");
        Assert.Equal(1, slots.GetArrayLength());
        Assert.Equal(InterviewSlot.IdOf(DateTimeOffset.Parse(sixth["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), SlotBodies.With), slots[0].GetProperty("id").GetString());
        Assert.Equal(1, ApiHost.Json(await api.GetAsync(report.InterviewId)).GetProperty("slots").GetArrayLength());
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Putting_slots_on_an_ended_or_unknown_case_answers_409_or_404()
    {
        var finished = await api.StartFinishedAsync();

        var ended = await PutSlotsAsync(finished.InterviewId, SlotBodies.List(SlotBodies.Slot(3)));
        var unknown = await PutSlotsAsync("iv-never-reported", SlotBodies.List(SlotBodies.Slot(3)));

        Assert.Equal(409, ended.StatusCode);
        Assert.Equal(404, unknown.StatusCode);
    }

    [Fact]
    public async Task Putting_no_slots_or_a_bad_body_answers_400()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        var empty = await PutSlotsAsync(report.InterviewId, """{"slots":[]}""");
        var misspelt = await PutSlotsAsync(report.InterviewId, """{"slot":[]}""");

        Assert.Equal(400, empty.StatusCode);
        Assert.Equal(400, misspelt.StatusCode);
        Assert.StartsWith("application/problem+json", empty.ContentType, StringComparison.Ordinal);
        Assert.Empty(ApiHost.Json(await api.GetAsync(report.InterviewId)).GetProperty("slots").EnumerateArray());
        await api.CancelAsync(report.InterviewId);
    }
}
