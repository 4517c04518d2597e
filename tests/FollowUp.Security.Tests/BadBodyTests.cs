using System.Net;
using FollowUp.Security.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Security.Tests;

/// <summary>Every route's bad bodies: the right 4xx as problem JSON, nothing stored, nothing sent.</summary>
[Collection(OnLocalHost.Name)]
public sealed class BadBodyTests(SecurityHost api)
{
    private const string Unknown = "sec-never-reported";

    public static TheoryData<string, string, string, string, HttpStatusCode> BadRequests => new()
    {
        // route, path, content type, body, expected
        { "POST", "/api/interviews", "application/json", "{", HttpStatusCode.BadRequest },
        { "POST", "/api/interviews", "application/json", "[]", HttpStatusCode.BadRequest },
        { "POST", "/api/interviews", "application/json", "null", HttpStatusCode.BadRequest },
        { "POST", "/api/interviews", "application/json", """{ "interviewId": "sec-bad-1", "reaction": "maybe" }""", HttpStatusCode.BadRequest },
        { "POST", "/api/interviews", "application/json", """{ "interviewId": "sec-bad-2", "isAdmin": true }""", HttpStatusCode.BadRequest },
        { "POST", "/api/interviews", "text/plain", """{ "interviewId": "sec-bad-3" }""", HttpStatusCode.UnsupportedMediaType },
        { "POST", "/api/interviews", "application/x-www-form-urlencoded", "interviewId=sec-bad-4", HttpStatusCode.UnsupportedMediaType },
        // Over 64 KB: the report route's contract answers 400 with the error on "$".
        { "POST", "/api/interviews", "application/json", "{\"candidate\":\"" + new string('a', 70 * 1024) + "\"}", HttpStatusCode.BadRequest },
        { "POST", $"/api/interviews/{Unknown}/reaction", "application/json", "{", HttpStatusCode.BadRequest },
        { "POST", $"/api/interviews/{Unknown}/reaction", "application/json", """{ "reaction": "maybe" }""", HttpStatusCode.BadRequest },
        { "POST", $"/api/interviews/{Unknown}/reaction", "text/plain", """{ "reaction": "declined" }""", HttpStatusCode.UnsupportedMediaType },
        { "POST", $"/api/interviews/{Unknown}/reaction", "application/json", """{ "reaction": "declined" }""", HttpStatusCode.NotFound },
        { "POST", $"/api/interviews/{Unknown}/retry", "application/json", "{}", HttpStatusCode.NotFound },
        { "PUT", $"/api/interviews/{Unknown}/slots", "application/json", "{", HttpStatusCode.BadRequest },
        { "PUT", $"/api/interviews/{Unknown}/slots", "application/json", """{ "slots": [] }""", HttpStatusCode.BadRequest },
        { "PUT", $"/api/interviews/{Unknown}/slots", "application/json", """{ "slots": [{ "startsAt": "2020-01-01T10:00:00+09:00", "with": "x", "location": "y" }] }""", HttpStatusCode.BadRequest },
        { "PUT", $"/api/interviews/{Unknown}/slots", "text/plain", """{ "slots": [] }""", HttpStatusCode.UnsupportedMediaType },
        { "PUT", $"/api/interviews/{Unknown}/slots", "application/json", "{ \"slots\": [{ \"startsAt\": \"" + DateTimeOffset.UtcNow.AddDays(3).ToString("O") + "\", \"with\": \"x\", \"location\": \"y\" }] }", HttpStatusCode.NotFound },
        { "GET", $"/api/interviews/{Unknown}", "application/json", "", HttpStatusCode.NotFound },
        { "DELETE", $"/api/interviews/{Unknown}", "application/json", "", HttpStatusCode.NotFound },
        { "POST", "/api/inbound-email/keyed", "application/json", "{", HttpStatusCode.BadRequest },
        { "POST", "/api/inbound-email/keyed", "application/json", """{ "messageId": "<m@x>" }""", HttpStatusCode.BadRequest },

        // Mailgun signs inside the form: a post without the signature fields is unsigned.
        { "POST", "/api/inbound-email/mailgun", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"recipient\"\r\n\r\nreply+x@followup.localhost\r\n--b--\r\n", HttpStatusCode.Unauthorized },
        { "POST", "/api/inbound-email/mailgun", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"timestamp\"\r\n\r\n1700000000\r\n--b\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdef01\r\n--b\r\nContent-Disposition: form-data; name=\"signature\"\r\n\r\n" + new string('0', 64) + "\r\n--b--\r\n", HttpStatusCode.Unauthorized },
    };

    public static TheoryData<string, string, string, string?, HttpStatusCode> ProviderPosts => new()
    {
        // route, content type, body, Authorization, expected
        { "/api/inbound-email/sendgrid", "multipart/form-data; boundary=b", "--b--\r\n", null, HttpStatusCode.Unauthorized },
        { "/api/inbound-email/sendgrid", "multipart/form-data; boundary=b", "--b--\r\n", SecurityHost.Basic(SecurityHost.ProviderUser, "wrong-password-0123456789"), HttpStatusCode.Unauthorized },
        { "/api/inbound-email/postmark", "application/json", "{}", null, HttpStatusCode.Unauthorized },
        { "/api/inbound-email/postmark", "application/json", "{}", SecurityHost.Basic("someone-else", SecurityHost.ProviderPassword), HttpStatusCode.Unauthorized },
        { "/api/inbound-email/postmark", "application/json", "{", SecurityHost.Basic(SecurityHost.ProviderUser, SecurityHost.ProviderPassword), HttpStatusCode.BadRequest },
        { "/api/inbound-email/postmark", "text/plain", "{}", SecurityHost.Basic(SecurityHost.ProviderUser, SecurityHost.ProviderPassword), HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(ProviderPosts))]
    public async Task A_providers_post_without_its_credentials_or_with_a_bad_body_answers_its_4xx_and_sends_nothing(string path, string contentType, string body, string? authorization, HttpStatusCode expected)
    {
        var sentBefore = api.OutboxCount;

        using var answer = await api.SendAsync(HttpMethod.Post, path, body, contentType, authorization);

        await SecurityHost.AssertProblemAsync(answer, expected);
        Assert.Equal(sentBefore, api.OutboxCount);
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_answers_its_4xx_as_problem_json_and_sends_nothing(string method, string path, string contentType, string body, HttpStatusCode expected)
    {
        var sentBefore = api.OutboxCount;

        using var answer = await api.SendAsync(new HttpMethod(method), path, method == "GET" ? null : body, contentType);

        await SecurityHost.AssertProblemAsync(answer, expected);
        Assert.Equal(sentBefore, api.OutboxCount);
        foreach (var id in new[] { Unknown, "sec-bad-1", "sec-bad-2", "sec-bad-3", "sec-bad-4" })
        {
            await api.AssertNothingStoredOrSentAsync(id);
        }
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{ "messageId": "<m@x>" }""")]
    [InlineData("""{ "messageId": "<m@x>", "from": "hanako@example.com", "to": "reply+x@followup.localhost", "subject": "", "text": "" }""")]
    [InlineData("""{ "messageId": 7, "from": "hanako@example.com", "to": ["reply+x@followup.localhost"], "subject": "", "text": "" }""")]
    public async Task A_signed_but_malformed_reply_answers_400_problem_json_and_sends_nothing(string json)
    {
        var sentBefore = api.OutboxCount;
        var body = System.Text.Encoding.UTF8.GetBytes(json);

        using var answer = await api.PostSignedAsync(body);

        await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.BadRequest);
        Assert.Equal(sentBefore, api.OutboxCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task An_opt_out_without_a_valid_token_answers_the_400_page_and_opts_no_one_out(string token)
    {
        var sentBefore = api.OutboxCount;

        using var answer = await api.SendAsync(HttpMethod.Post, "/api/opt-out?token=" + token, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");

        // A page for people, not a program: HTML, not problem JSON.
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(sentBefore, api.OutboxCount);
    }

    [Fact]
    public async Task A_report_from_another_sites_page_is_refused_403_and_stores_nothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/interviews", UriKind.Relative))
        {
            Content = new StringContent(Reports.Report("sec-cross-site", "considering").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://evil.example");

        using var answer = await api.Http.SendAsync(request);

        await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.Forbidden);
        await api.AssertNothingStoredOrSentAsync("sec-cross-site");
    }
}
