using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Reactions;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

public sealed class ReactionRouteTests(ApiHost api) : IClassFixture<ApiHost>
{

    private static string Future => DateTimeOffset.UtcNow.AddDays(7).ToString("O");

    private static string Past => DateTimeOffset.UtcNow.AddDays(-1).ToString("O");

    public static TheoryData<string, string, string> InvalidBodies() => new()
    {
        { "not JSON", "{ reaction: ", "$" },
        { "not an object", "[]", "$" },
        { "unknown field", """{ "reaction": "proceed", "colour": "blue" }""", "colour" },
        { "reaction missing", "{}", "reaction" },
        { "reaction blank", """{ "reaction": " " }""", "reaction" },
        { "reaction unknown", """{ "reaction": "maybe" }""", "reaction" },
        { "reaction of the wrong type", """{ "reaction": 1 }""", "reaction" },
        { "startsAt missing", """{ "reaction": "proceed", "nextInterview": { "with": "CEO", "location": "Tokyo" } }""", "nextInterview.startsAt" },
        { "startsAt in the past", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Past}}", "with": "CEO", "location": "Tokyo" } }""", "nextInterview.startsAt" },
        { "startsAt not a date", """{ "reaction": "proceed", "nextInterview": { "startsAt": "tomorrow", "with": "CEO", "location": "Tokyo" } }""", "nextInterview.startsAt" },
        { "duration too short", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Future}}", "durationMinutes": 5, "with": "CEO", "location": "Tokyo" } }""", "nextInterview.durationMinutes" },
        { "duration too long", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Future}}", "durationMinutes": 600, "with": "CEO", "location": "Tokyo" } }""", "nextInterview.durationMinutes" },
        { "with missing", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Future}}", "location": "Tokyo" } }""", "nextInterview.with" },
        { "with too long", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Future}}", "with": "{{new string('x', 501)}}", "location": "Tokyo" } }""", "nextInterview.with" },
        { "with on two lines", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Future}}", "with": "CEO\nCTO", "location": "Tokyo" } }""", "nextInterview.with" },
        { "location missing", $$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{Future}}", "with": "CEO" } }""", "nextInterview.location" },
        { "feedback item empty", """{ "reaction": "considering", "feedback": { "positive": [ "" ] } }""", "feedback.positive[0]" },
        { "feedback item too long", $$"""{ "reaction": "considering", "feedback": { "improve": [ "{{new string('x', 2001)}}" ] } }""", "feedback.improve[0]" },
        { "feedback too many items", $$"""{ "reaction": "considering", "feedback": { "prepare": [ {{string.Join(",", Enumerable.Repeat("\"a\"", 21))}} ] } }""", "feedback.prepare" },
        { "voice URL not https", """{ "reaction": "considering", "feedback": { "voiceUrl": "http://voice.example.com/1" } }""", "feedback.voiceUrl" },
        { "voice URL not a URL", """{ "reaction": "considering", "feedback": { "voiceUrl": "voice memo" } }""", "feedback.voiceUrl" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_body_answers_400_problem_naming_the_field(string rule, string body, string field)
    {
        var report = await api.StartWaitingAsync();

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8(body));

        Assert.True(answer.StatusCode == 400, $"{rule}: {answer.StatusCode} {answer.Body}");
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        var errors = ApiHost.Json(answer).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{rule}: no error for {field} in {answer.Body}");
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.DoesNotContain(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged);
    }

    [Fact]
    public async Task Body_larger_than_the_report_limit_answers_400()
    {
        var body = new byte[Api.Validation.ReportLimits.MaxBodyBytes + 1];

        var answer = await api.ChangeReactionAsync("iv-any", body);

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("$", out _));
    }

    [Fact]
    public async Task Unknown_interview_answers_404_problem()
    {
        var answer = await api.ChangeReactionAsync("iv-never-reported", ApiHost.Utf8("""{ "reaction": "declined" }"""));

        Assert.Equal(404, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_follow_up_answers_409_and_records_nothing()
    {
        var report = await api.StartWaitingAsync();
        await api.CancelAsync(report.InterviewId);
        await api.Playbook.WaitForCompletionAsync(report.InterviewId);

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8("""{ "reaction": "proceed" }"""));

        Assert.Equal(409, answer.StatusCode);
        Assert.Contains("finished", ApiHost.Json(answer).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged);
    }

    [Fact]
    public async Task A_declined_case_is_reopened_by_a_new_reaction_and_numbers_its_emails_on()
    {
        var report = await api.StartFinishedAsync();
        var lastSequence = api.Emails.Sent.Where(s => s.Order.InterviewId == report.InterviewId).Max(s => s.Order.Sequence);

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8("""{ "reaction": "proceed" }"""));

        Assert.Equal(202, answer.StatusCode);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Reaction == Reaction.Proceed && s.Stage == Orchestrations.Playbook.FollowUpStage.AwaitingBooking);
        var ask = Assert.Single(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.AskAvailability);
        Assert.True(ask.Order.Sequence > lastSequence);
        Assert.Contains(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged && e.Summary.Contains("reopened", StringComparison.Ordinal));
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Considering_for_an_interview_that_never_had_feedback_answers_400_and_changes_nothing()
    {
        var report = Reports.Report(Reaction.Undecided) with { Feedback = null };
        await api.Playbook.StartFollowUpAsync(report, ApiHost.WaitingPolicy);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.NextAction is not null);

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8("""{ "reaction": "considering" }"""));

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("feedback", out _));
        Assert.DoesNotContain(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged);
    }

    [Fact]
    public async Task The_same_reaction_change_posted_twice_answers_200_the_second_time_and_sends_nothing_twice()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);
        var body = ApiHost.Utf8("""{ "reaction": "undecided" }""");
        Assert.Equal(202, (await api.ChangeReactionAsync(report.InterviewId, body)).StatusCode);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Reaction == Reaction.Undecided && s.NextAction is not null);

        var again = await api.ChangeReactionAsync(report.InterviewId, body);

        Assert.Equal(200, again.StatusCode);
        Assert.Equal("undecided", ApiHost.Json(again).GetProperty("reaction").GetString());
        await Task.Delay(500);
        Assert.Single(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.UndecidedThanks);
        Assert.Single(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged);
    }

    [Fact]
    public async Task The_reaction_the_case_already_follows_with_new_content_is_a_change()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8("""{ "reaction": "considering", "feedback": { "positive": ["新しい気づき"], "prepare": ["構成図"] } }"""));

        Assert.Equal(202, answer.StatusCode);
    }

    [Fact]
    public async Task Considering_with_new_feedback_that_has_only_a_positive_answers_400_saying_why()
    {
        var report = await api.StartWaitingAsync(Reaction.Undecided);

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8("""{ "reaction": "considering", "feedback": { "positive": ["新しい気づき"] } }"""));

        Assert.Equal(400, answer.StatusCode);
        var message = ApiHost.Json(answer).GetProperty("errors").GetProperty("feedback")[0].GetString();
        Assert.Contains("improve or prepare", message, StringComparison.Ordinal);
        Assert.DoesNotContain(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged);
    }

    [Fact]
    public async Task New_reaction_answers_202_with_status_and_the_follow_up_continues_on_the_new_branch()
    {
        var report = await api.StartWaitingAsync(Reaction.Considering);

        var answer = await api.ChangeReactionAsync(report.InterviewId, ApiHost.Utf8("""{ "reaction": "declined" }"""));

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal($"/api/interviews/{report.InterviewId}", answer.Location);
        Assert.Equal(report.InterviewId, ApiHost.Json(answer).GetProperty("interviewId").GetString());
        var entry = Assert.Single(await api.Timeline.ListAsync(report.InterviewId, CancellationToken.None), e => e.Kind == TimelineEntryKind.ReactionChanged);
        Assert.StartsWith("reaction/", entry.Key, StringComparison.Ordinal);
        await api.Playbook.WaitForCompletionAsync(report.InterviewId);
        Assert.Contains(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.DeclinedThanks);
    }

    [Fact]
    public async Task Proceed_with_a_booked_date_carries_the_next_interview_into_the_new_branch()
    {
        var report = await api.StartWaitingAsync(Reaction.Undecided);
        var startsAt = DateTimeOffset.UtcNow.AddDays(10);

        var answer = await api.ChangeReactionAsync(
            report.InterviewId,
            ApiHost.Utf8($$"""{ "reaction": "proceed", "nextInterview": { "startsAt": "{{startsAt:O}}", "durationMinutes": 45, "with": "CTO 田中", "location": "https://meet.example.com/x" } }"""));

        Assert.Equal(202, answer.StatusCode);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Reaction == Reaction.Proceed && s.NextAction is not null);
        var confirmation = Assert.Single(api.Emails.Sent, s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.ProceedConfirmation);
        Assert.Equal(45, confirmation.Order.Report.NextInterview!.DurationMinutes);
        Assert.Equal("CTO 田中", confirmation.Order.Report.NextInterview.With);
    }
}
