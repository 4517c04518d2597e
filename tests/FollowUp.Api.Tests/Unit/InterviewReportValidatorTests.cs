using System.Text;
using FollowUp.Api.Http;
using FollowUp.Api.Requests;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Api.Tests.Unit;

public sealed class InterviewReportValidatorTests
{
    private static readonly InterviewReportValidator Validator = new(TimeProvider.System, Reports.FastPolicy);

    private static (InterviewReport? Report, IDictionary<string, string[]> Errors) Validate(string json)
    {
        // Dates relative to now: the rules bound how far back and ahead a report may reach.
        json = json
            .Replace("INTERVIEWED_AT", DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), StringComparison.Ordinal)
            .Replace("NEXT_MONTH", DateTimeOffset.UtcNow.AddDays(30).ToString("O"), StringComparison.Ordinal);
        var errors = new FieldErrors();
        var request = FollowUpJson.Read<InterviewReportRequest>(Encoding.UTF8.GetBytes(json), errors);
        if (request is not null)
        {
            Validator.Validate(request).AddTo(errors);
        }

        var report = request is null || !errors.IsEmpty ? null : request.ToReport("generated-id", Reports.FastPolicy);
        return (report, errors.ToDictionary());
    }

    private const string Valid = """
        {
          "interviewedAt": "INTERVIEWED_AT",
          "reaction": "considering",
          "candidate": { "name": "佐藤 花子", "email": "hanako@example.com" },
          "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
          "feedback": { "positive": ["システム設計の説明が具体的でした"], "improve": ["成果を数字で示すと伝わりやすくなります"] }
        }
        """;

    [Fact]
    public void A_minimal_report_gets_a_generated_id_japanese_and_the_default_time_zone()
    {
        var (report, errors) = Validate(Valid);

        Assert.Empty(errors);
        Assert.Equal("generated-id", report!.InterviewId);
        Assert.Equal(Reaction.Considering, report.Reaction);
        Assert.Equal("ja", report.Candidate.Locale);
        Assert.Equal("Asia/Tokyo", report.Candidate.TimeZone);
    }

    [Fact]
    public void An_empty_object_lists_every_required_field()
    {
        var (report, errors) = Validate("{}");

        Assert.Null(report);
        Assert.Equal(["candidate", "interviewedAt", "owner", "reaction"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\"reaction\": \"maybe\"", "reaction")]
    [InlineData("\"interviewId\": \"has spaces\"", "interviewId")]
    [InlineData("\"interviewedAt\": \"2999-01-01T00:00:00Z\"", "interviewedAt")]
    [InlineData("\"interviewedAt\": \"yesterday\"", "interviewedAt")]
    [InlineData("\"candidate\": { \"name\": \"A\", \"email\": \"not-an-address\" }", "candidate.email")]
    [InlineData("\"candidate\": { \"name\": \"A\", \"email\": \"a@example.com\", \"locale\": \"fr\" }", "candidate.locale")]
    [InlineData("\"candidate\": { \"name\": \"A\", \"email\": \"a@example.com\", \"timeZone\": \"Asia/Atlantis\" }", "candidate.timeZone")]
    [InlineData("\"candidate\": { \"name\": \"A\", \"email\": \"a@example.com\", \"profiles\": [ { \"network\": \"X\", \"url\": \"http://x.com/a\" } ] }", "candidate.profiles[0].url")]
    [InlineData("\"nextInterview\": { \"startsAt\": \"2020-01-01T10:00:00+09:00\", \"with\": \"CEO\", \"location\": \"Tokyo\" }", "nextInterview.startsAt")]
    [InlineData("\"nextInterview\": { \"startsAt\": \"NEXT_MONTH\", \"with\": \"CEO\" }", "nextInterview.location")]
    [InlineData("\"feedback\": { \"voiceUrl\": \"ftp://voice\" }", "feedback.voiceUrl")]
    [InlineData("\"feedback\": { \"positive\": [\"\"] }", "feedback.positive[0]")]
    [InlineData("\"contactTimeline\": [ { \"at\": \"2026-11-01T10:00:00Z\", \"direction\": \"sideways\", \"channel\": \"email\" } ]", "contactTimeline[0].direction")]
    [InlineData("\"candidate\": { \"name\": \"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ\", \"email\": \"a@example.com\" }", "candidate.name")]
    [InlineData("\"candidate\": { \"name\": \"Two\\nLines\", \"email\": \"a@example.com\" }", "candidate.name")]
    [InlineData("\"candidate\": { \"name\": \"A\", \"email\": \"a@example.com\", \"profiles\": [ { \"url\": \"https://x.com/a\" } ] }", "candidate.profiles[0].network")]
    [InlineData("\"nextInterview\": { \"startsAt\": \"NEXT_MONTH\", \"durationMinutes\": 5, \"with\": \"CEO\", \"location\": \"Tokyo\" }", "nextInterview.durationMinutes")]
    [InlineData("\"nextInterview\": { \"startsAt\": \"NEXT_MONTH\", \"location\": \"Tokyo\" }", "nextInterview.with")]
    [InlineData("\"contactTimeline\": [ { \"direction\": \"candidate\", \"channel\": \"email\" } ]", "contactTimeline[0].at")]
    [InlineData("\"contactTimeline\": [ { \"at\": \"2026-11-01T10:00:00Z\", \"direction\": \"company\" } ]", "contactTimeline[0].channel")]
    [InlineData("\"nextInterveiw\": {}", "nextInterveiw")]
    public void A_bad_field_is_reported_under_its_own_name(string member, string field)
    {
        var json = Valid.TrimEnd().TrimEnd('}') + ", " + member + " }";
        if (member.StartsWith("\"candidate\"", StringComparison.Ordinal) || member.StartsWith("\"interviewedAt\"", StringComparison.Ordinal) || member.StartsWith("\"reaction\"", StringComparison.Ordinal))
        {
            // Replace the valid member rather than repeating it.
            var name = member[..member.IndexOf(':', StringComparison.Ordinal)];
            json = string.Join('\n', Valid.Split('\n').Where(line => !line.TrimStart().StartsWith(name, StringComparison.Ordinal))).TrimEnd().TrimEnd('}').TrimEnd().TrimEnd(',') + ", " + member + " }";
        }

        var (report, errors) = Validate(json);

        Assert.Null(report);
        Assert.Contains(field, errors.Keys);
    }

    private static (InterviewReport? Report, IDictionary<string, string[]> Errors) ValidateWithFeedback(string feedback)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject();
        document["feedback"] = System.Text.Json.Nodes.JsonNode.Parse(feedback);
        return Validate(document.ToJsonString());
    }

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"positive\": [\"システム設計の説明が具体的でした\"] }")]
    [InlineData("{ \"improve\": [\"成果を数字で\"], \"prepare\": [\"構成図\"] }")]
    [InlineData("{ \"positive\": [\"具体的でした\"], \"improve\": [\"  \"] }")]
    public void Considering_without_a_positive_and_a_point_to_work_on_is_refused_saying_why(string feedback)
    {
        var (report, errors) = ValidateWithFeedback(feedback);

        Assert.Null(report);
        var message = Assert.Single(errors["feedback"]);
        Assert.Contains("positive", message, StringComparison.Ordinal);
        Assert.Contains("improve or prepare", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"positive\": [\"具体的でした\"], \"prepare\": [\"構成図\"] }")]
    [InlineData("{ \"voiceUrl\": \"https://voice.example.com/1\" }")]
    public void Considering_with_a_positive_and_a_point_to_prepare_or_a_voice_message_is_accepted(string feedback)
    {
        var (report, errors) = ValidateWithFeedback(feedback);

        Assert.Empty(errors);
        Assert.NotNull(report);
    }

    [Fact]
    public void The_owners_time_zone_defaults_to_the_policys()
    {
        var (report, errors) = Validate(Valid);

        Assert.Empty(errors);
        Assert.Equal(Reports.FastPolicy.DefaultTimeZone, report!.Owner.TimeZone);
    }

    [Fact]
    public void Whom_the_candidate_meets_next_is_kept_trimmed()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject();
        document["feedback"]!["nextStepWith"] = " 代表取締役の山根 ";

        var (report, errors) = Validate(document.ToJsonString());

        Assert.Empty(errors);
        Assert.Equal("代表取締役の山根", report!.Feedback!.NextStepWith);
    }

    [Theory]
    [InlineData("owner", "{ \"name\": \"B\", \"email\": \"not-an-address\" }", "owner.email")]
    [InlineData("owner", "{ \"name\": \"B\", \"email\": \"b@example.com\", \"locale\": \"fr\" }", "owner.locale")]
    [InlineData("owner", "{ \"email\": \"b@example.com\" }", "owner.name")]
    [InlineData("owner", "{ \"name\": \"B\", \"email\": \"b@example.com\", \"timeZone\": \"Asia/Atlantis\" }", "owner.timeZone")]
    [InlineData("feedback", "{ \"improve\": [ \"LONG\" ] }", "feedback.improve[0]")]
    [InlineData("feedback", "{ \"positive\": [\"a\"], \"improve\": [\"b\"], \"nextStepWith\": \"NAME\" }", "feedback.nextStepWith")]
    [InlineData("feedback", "{ \"positive\": [\"a\"], \"improve\": [\"b\"], \"nextStepWith\": \" \" }", "feedback.nextStepWith")]
    [InlineData("feedback", "{ \"prepare\": [ \"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\" ] }", "feedback.prepare")]
    public void A_bad_nested_value_is_reported_under_its_path(string member, string value, string field)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject();
        document[member] = System.Text.Json.Nodes.JsonNode.Parse(value
            .Replace("LONG", new string('x', ReportLimits.MaxFeedbackItemLength + 1), StringComparison.Ordinal)
            .Replace("NAME", new string('x', ReportLimits.MaxNameLength + 1), StringComparison.Ordinal));

        var (report, errors) = Validate(document.ToJsonString());

        Assert.Null(report);
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void Malformed_json_is_an_error_not_an_exception()
    {
        var (report, errors) = Validate("{ \"reaction\": ");

        Assert.Null(report);
        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData(-45, "interviewedAt")]
    [InlineData(-36500, "interviewedAt")]
    public void An_interview_more_than_a_month_ago_is_refused_on_its_date(int daysFromNow, string field)
    {
        var json = Valid.Replace("INTERVIEWED_AT", DateTimeOffset.UtcNow.AddDays(daysFromNow).ToString("O"), StringComparison.Ordinal);

        var (report, errors) = Validate(json);

        Assert.Null(report);
        Assert.Contains("month", Assert.Single(errors[field]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2028-06-01T10:00:00+09:00")]
    [InlineData("9999-12-31T23:59:59+00:00")]
    public void A_next_interview_more_than_a_year_ahead_is_refused_on_its_date(string startsAt)
    {
        var json = Valid.TrimEnd().TrimEnd('}') + $$""", "nextInterview": { "startsAt": "{{startsAt}}", "with": "CEO", "location": "Tokyo" } }""";

        var (report, errors) = Validate(json);

        Assert.Null(report);
        Assert.Contains("365 days", Assert.Single(errors["nextInterview.startsAt"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_interview_a_few_minutes_ahead_of_our_clock_is_accepted()
    {
        var json = Valid.Replace("INTERVIEWED_AT", DateTimeOffset.UtcNow.AddMinutes(8).ToString("O"), StringComparison.Ordinal);

        var (report, errors) = Validate(json);

        Assert.Empty(errors);
        Assert.NotNull(report);
    }
}
