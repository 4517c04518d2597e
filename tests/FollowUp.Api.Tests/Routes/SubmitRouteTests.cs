using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Api.Validation;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Tests.Routes;

public sealed class SubmitRouteTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static string Report(string? id, string reaction = "considering") => $$"""
        {
          {{(id is null ? "" : $"\"interviewId\": \"{id}\",")}}
          "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
          "reaction": "{{reaction}}",
          "candidate": { "name": "佐藤 花子", "email": "hanako@example.com", "timeZone": "Asia/Tokyo" },
          "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
          "feedback": { "positive": ["システム設計の説明が具体的でした"], "improve": ["成果を数字で示すと伝わりやすくなります"] }
        }
        """;

    private Task<Http.ApiAnswer> SubmitAsync(byte[] body) => api.CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, body);

    [Fact]
    public async Task New_report_answers_202_with_the_status_location()
    {
        var answer = await SubmitAsync(ApiHost.Utf8(Report("iv-submit-1")));

        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("/api/interviews/iv-submit-1", answer.Location);
        Assert.Equal("iv-submit-1", ApiHost.Json(answer).GetProperty("interviewId").GetString());
        Assert.NotNull(await api.Client.GetInstanceAsync("iv-submit-1"));
    }

    [Fact]
    public async Task The_same_report_again_answers_200_and_a_different_one_409()
    {
        var body = ApiHost.Utf8(Report("iv-submit-2"));
        await SubmitAsync(body);

        var again = await SubmitAsync(body);
        var other = await SubmitAsync(ApiHost.Utf8(Report("iv-submit-2", reaction: "declined")));

        Assert.Equal(200, again.StatusCode);
        Assert.Equal(409, other.StatusCode);
        Assert.StartsWith("application/problem+json", other.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_an_id_gets_one_generated()
    {
        var answer = await SubmitAsync(ApiHost.Utf8(Report(id: null)));

        Assert.Equal(202, answer.StatusCode);
        var id = ApiHost.Json(answer).GetProperty("interviewId").GetString();
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task An_invalid_report_answers_400_and_starts_nothing()
    {
        var answer = await SubmitAsync(ApiHost.Utf8("""{ "interviewId": "iv-submit-bad", "reaction": "maybe" }"""));

        Assert.Equal(400, answer.StatusCode);
        Assert.True(ApiHost.Json(answer).GetProperty("errors").TryGetProperty("reaction", out _));
        Assert.Null(await api.Client.GetInstanceAsync("iv-submit-bad"));
    }

    [Fact]
    public async Task A_report_over_the_size_limit_is_refused_before_parsing()
    {
        var answer = await SubmitAsync(new byte[ReportLimits.MaxBodyBytes + 1]);

        Assert.Equal(400, answer.StatusCode);
        var errors = ApiHost.Json(answer).GetProperty("errors");
        Assert.Contains("larger than 64 KB", errors.GetProperty("$")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_declared_over_the_size_limit_is_refused_before_a_byte_is_read()
    {
        var answer = await api.PostAsync(RouteNames.SubmitInterview, new UnreadableStream(), ReportLimits.MaxBodyBytes + 1L, "application/json");

        Assert.Equal(400, answer.StatusCode);
        Assert.Contains("larger than 64 KB", ApiHost.Json(answer).GetProperty("errors").GetProperty("$")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_report_not_sent_as_json_answers_415_and_starts_nothing(string contentType)
    {
        var answer = await api.CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, ApiHost.Utf8(Report("iv-submit-415")), headers: new Dictionary<string, string> { ["Content-Type"] = contentType });

        Assert.Equal(415, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        Assert.Null(await api.Client.GetInstanceAsync("iv-submit-415"));
    }
}
