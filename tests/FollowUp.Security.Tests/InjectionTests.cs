using System.Net;
using System.Text.Json.Nodes;
using FollowUp.Security.Tests.Support;
using FollowUp.Testing;
using MimeKit;

namespace FollowUp.Security.Tests;

/// <summary>
/// CRLF and HTML in every free-text field: no header of a sent email can be forged (no Bcc, no second
/// recipient, no header spanning lines) and markup arrives escaped in emails and pages.
/// </summary>
[Collection(OnLocalHost.Name)]
public sealed class InjectionTests(SecurityHost api)
{
    private const string HeaderInjection = "佐藤\r\nBcc: attacker@evil.example\r\nX-Injected: yes";
    private const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    public static TheoryData<string> FreeTextFields => new(FullReports.FreeTextFields);

    /// <summary>Every header on one line, the intended recipient alone, nothing the payload tried to add.</summary>
    private static void AssertHeadersIntact(MimeMessage email, string recipient)
    {
        Assert.Equal(recipient, Assert.Single(email.To.Mailboxes).Address);
        Assert.Empty(email.Cc);
        Assert.Empty(email.Bcc);
        Assert.DoesNotContain(email.Headers, h => h.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
        Assert.All(email.Headers, h => Assert.DoesNotContain("attacker@evil.example", h.Value, StringComparison.Ordinal));
    }

    private static void AssertMarkupEscaped(MimeMessage email)
    {
        Assert.DoesNotContain("<script", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", email.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FreeTextFields))]
    public async Task Crlf_in_a_report_field_is_refused_naming_the_field_or_only_ever_reaches_a_body(string field)
    {
        var id = "sec-crlf-" + field.Replace(".", "-", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        var report = FullReports.Proceed(id).With(field, HeaderInjection);

        using var answer = await api.Http.SubmitAsync(report);

        // Feedback goes into bodies only and may span lines; everything else can reach a subject or a
        // header (names, the next interview's details) and must be one line.
        if (!field.StartsWith("feedback.", StringComparison.Ordinal) || answer.StatusCode == HttpStatusCode.BadRequest)
        {
            var problem = await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
            await api.AssertNothingStoredOrSentAsync(id);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            AssertHeadersIntact(await api.Host.Outbox.WaitForAsync(id, "ProceedConfirmation"), $"{id}@example.com");
        }
    }

    [Fact]
    public async Task Markup_in_the_names_and_feedback_arrives_escaped_in_the_candidates_email()
    {
        var report = Reports.Report("sec-html-thanks", "considering")
            .With("candidate.name", "花子" + Markup)
            .With("owner.name", "健" + Markup)
            .With("feedback.positive[0]", Markup)
            .With("feedback.improve[0]", Markup)
            .With("feedback.prepare[0]", Markup);

        var thanks = await api.StartCaseAsync(report, "ConsideringThanks");

        AssertMarkupEscaped(thanks);
        AssertHeadersIntact(thanks, "sec-html-thanks@example.com");
    }

    [Fact]
    public async Task Markup_in_the_next_interview_arrives_escaped_in_the_confirmation()
    {
        var report = FullReports.Proceed("sec-html-next")
            .With("nextInterview.with", "CEO " + Markup)
            .With("nextInterview.location", "会議室 " + Markup);

        var confirmation = await api.StartCaseAsync(report, "ProceedConfirmation");

        AssertMarkupEscaped(confirmation);
    }

    [Fact]
    public async Task A_replys_line_breaks_and_markup_reach_the_owner_as_text_in_one_email_to_the_owner()
    {
        var thanks = await api.StartCaseAsync(Reports.Report("sec-html-reply", "considering"), "ConsideringThanks");
        var reply = SecurityHost.ReplyTo(thanks, "<markup-1@mail.example.com>", "ありがとうございます " + Markup, subject: "Re: x\r\nBcc: attacker@evil.example");

        using var answer = await api.PostSignedAsync(reply);
        var toOwner = await api.Host.Outbox.WaitForAsync("sec-html-reply", "OwnerReplyReceived");

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        AssertHeadersIntact(toOwner, "owner@example.co.jp");
        AssertMarkupEscaped(toOwner);
    }

    [Fact]
    public async Task Crlf_in_a_new_reactions_next_interview_is_refused_and_changes_nothing()
    {
        await api.StartCaseAsync(Reports.Report("sec-crlf-reaction", "considering"), "ConsideringThanks");
        var sentBefore = api.Host.Outbox.FilesOf("sec-crlf-reaction").Count;
        var change = new JsonObject { ["reaction"] = "proceed", ["nextInterview"] = FullReports.NextInterview() }.With("nextInterview.with", HeaderInjection);

        using var answer = await api.SendAsync(HttpMethod.Post, "/api/interviews/sec-crlf-reaction/reaction", change.ToJsonString());
        await Task.Delay(TimeSpan.FromSeconds(1));
        var status = await api.Http.StatusAsync("sec-crlf-reaction");

        var problem = await SecurityHost.AssertProblemAsync(answer, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nextInterview.with", out _), problem.ToString());
        Assert.Equal("considering", status.Text("reaction"));
        Assert.Equal(sentBefore, api.Host.Outbox.FilesOf("sec-crlf-reaction").Count);
    }

    [Fact]
    public async Task Markup_in_an_opt_out_link_is_not_reflected_into_the_page()
    {
        using var page = await api.Http.GetAsync(new Uri("/api/opt-out?token=" + Uri.EscapeDataString(Markup), UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nosniff", page.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_status_holding_markup_is_served_as_json_never_as_a_page()
    {
        var report = Reports.Report("sec-html-status", "considering").With("candidate.name", "花子" + Markup);
        await api.StartCaseAsync(report, "ConsideringThanks");

        using var status = await api.Http.GetAsync(new Uri("/api/interviews/sec-html-status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("application/json", status.Content.Headers.ContentType?.MediaType);
    }
}
