using FollowUp.Email.Configuration;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Rendering;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

public sealed class TemplateRendererTests
{
    public static TheoryData<EmailKind, string> EveryKindInEveryLocale() => KindsAndLocales.Of(Enum.GetValues<EmailKind>());

    [Theory]
    [MemberData(nameof(EveryKindInEveryLocale))]
    public async Task Every_kind_renders_in_every_locale_with_its_key_facts(EmailKind kind, string locale)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();

        var email = await composer.ComposeAsync(SampleOrders.Order(kind, locale));

        Assert.False(string.IsNullOrWhiteSpace(email.Subject));
        Assert.DoesNotContain("\n", email.Subject, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
        foreach (var fact in KeyFacts(kind, locale))
        {
            Assert.Contains(fact, email.PlainText, StringComparison.Ordinal);
            Assert.Contains(fact, email.Html, StringComparison.Ordinal);
        }

        if (kind.IsForCandidate())
        {
            Assert.Equal(SampleOrders.CandidateEmail, email.To.Address);
            Assert.Contains("https://followup.example.com/api/opt-out?token=", email.PlainText, StringComparison.Ordinal);
            Assert.Contains("https://followup.example.com/api/opt-out?token=", email.Html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(SampleOrders.OwnerEmail, email.To.Address);
            Assert.DoesNotContain("opt-out", email.PlainText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_script_in_the_feedback_comes_out_escaped_in_html()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();
        var report = SampleOrders.Report() with
        {
            Feedback = new InterviewFeedback { Positive = ["<script>alert('x')</script>"] },
        };

        var email = await composer.ComposeAsync(SampleOrders.Order(EmailKind.ConsideringThanks, report: report));

        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_file_in_the_template_directory_wins_over_the_built_in_one()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, Locales.Japanese));
        await File.WriteAllTextAsync(
            Path.Combine(directory.Path, Locales.Japanese, "DeclinedThanks.subject.liquid"),
            "{{ candidate.name }} 様、ありがとうございました（改訂版）");
        using var services = EmailHost.Build(new Dictionary<string, string?> { ["FollowUp:Email:TemplateDirectory"] = directory.Path });
        var composer = services.GetRequiredService<EmailComposer>();

        var email = await composer.ComposeAsync(SampleOrders.Order(EmailKind.DeclinedThanks));

        Assert.Equal($"{SampleOrders.CandidateName} 様、ありがとうございました（改訂版）", email.Subject);
        Assert.Contains("ご活躍", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_field_the_model_does_not_have_fails_instead_of_rendering_blank()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, Locales.English));
        await File.WriteAllTextAsync(Path.Combine(directory.Path, Locales.English, "StatusCheck.text.liquid"), "Hello {{ candidate.nickname }}");
        using var services = EmailHost.Build(new Dictionary<string, string?> { ["FollowUp:Email:TemplateDirectory"] = directory.Path });
        var composer = services.GetRequiredService<EmailComposer>();

        var error = await Assert.ThrowsAsync<TemplateRenderException>(() => composer.ComposeAsync(SampleOrders.Order(EmailKind.StatusCheck, Locales.English)));

        Assert.Contains("nickname", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_missing_a_fact_its_kind_needs_is_a_permanent_delivery_failure()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();
        var report = SampleOrders.Report() with { NextInterview = null };

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(
            () => dispatcher.DispatchAsync(SampleOrders.Order(EmailKind.ProceedConfirmation, report: report), CancellationToken.None));

        Assert.Contains("NextInterview", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "ボタンひとつ", "ワンクリック")]
    [InlineData("en", "one button", "one click")]
    public async Task The_footer_describes_the_opt_out_link_as_the_confirmation_page_it_opens(string locale, string promised, string notPromised)
    {
        // Arrange: a mail scanner opening the link must not unsubscribe, so the link opens a page with a button.
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();

        // Act
        var email = await composer.ComposeAsync(SampleOrders.Order(EmailKind.ConsideringThanks, locale));

        // Assert
        Assert.Contains(promised, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(promised, email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(notPromised, email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(notPromised, email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_book_now_escalation_says_the_interview_is_still_not_booked()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();
        var order = SampleOrders.Order(EmailKind.OwnerBookNow, Locales.English);
        order = order with { Details = order.Details with { Round = 2 } };

        var email = await composer.ComposeAsync(order);

        Assert.Contains("still not booked", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retrospective_says_when_no_timeline_was_reported()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();
        var report = SampleOrders.Report(Locales.English) with { ContactTimeline = [] };

        var email = await composer.ComposeAsync(SampleOrders.Order(EmailKind.OwnerRetrospective, Locales.English, report: report));

        Assert.Contains("timeline was not reported", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sns_reminder_suggests_asking_when_no_profile_was_reported()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();
        var report = SampleOrders.Report() with { Candidate = SampleOrders.Report().Candidate with { Profiles = [] } };

        var email = await composer.ComposeAsync(SampleOrders.Order(EmailKind.OwnerSnsConnect, report: report));

        Assert.Contains("プロフィールは報告されていません", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_break_in_a_name_never_reaches_a_header()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var composer = services.GetRequiredService<EmailComposer>();
        var report = SampleOrders.Report() with { Candidate = SampleOrders.Report().Candidate with { Name = "Mallory\r\nBcc: victim@example.com" } };

        var email = await composer.ComposeAsync(SampleOrders.Order(EmailKind.DeclinedThanks, report: report));

        Assert.DoesNotContain("\n", email.To.DisplayName, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", email.Subject, StringComparison.Ordinal);
    }

    private static IEnumerable<string> KeyFacts(EmailKind kind, string locale)
    {
        var ja = locale == Locales.Japanese;
        return kind switch
        {
            EmailKind.ProceedConfirmation => [SampleOrders.With, SampleOrders.Location, SampleOrders.Prepare, ja ? "2026年11月26日(木) 15:00" : "Thursday, 26 November 2026, 15:00", "16:00"],
            EmailKind.AskAvailability => [SampleOrders.CandidateName, ja ? "ご都合のよい日時" : "dates and times"],
            EmailKind.InterviewReminder => [SampleOrders.With, SampleOrders.Location, ja ? "明日" : "tomorrow"],
            EmailKind.ConsideringThanks => [SampleOrders.Positive, SampleOrders.Improve, SampleOrders.Prepare, SampleOrders.NextStepWith, ja ? "選考（面接）に進んでみたいと思われますか？" : "would you like to proceed to an interview?"],
            EmailKind.ConsideringThanksVoice => [SampleOrders.VoiceUrl, SampleOrders.Positive, SampleOrders.NextStepWith, ja ? "選考（面接）に進んでみたいと思われますか？" : "would you like to proceed to an interview?"],
            EmailKind.StatusCheck => [SampleOrders.CandidateName],
            EmailKind.UndecidedThanks => [ja ? "お食事" : "a meal", ja ? "2027年2月25日" : "25 February 2027"],
            EmailKind.NurtureCheckIn => [SampleOrders.OwnerName],
            EmailKind.DeclinedThanks => [SampleOrders.CandidateName],
            EmailKind.OwnerBookNow => [SampleOrders.CandidateEmail, ja ? "今日中" : "today"],
            EmailKind.OwnerNoReply => [SampleOrders.CandidateEmail],
            EmailKind.OwnerReplyReceived => [SampleOrders.ReplyText, "Re: 面談のお礼"],
            EmailKind.OwnerNoResponseClosed => [ja ? "タレントプール" : "talent pool"],
            EmailKind.OwnerNurtureReachOut => [SampleOrders.CandidateEmail],
            EmailKind.OwnerRetrospective => [SampleOrders.LateChannel, ja ? "4日後" : "4 days later", ja ? "志望動機" : "why did you apply", ja ? "丁寧" : "polite", ja ? "魅力" : "attract"],
            EmailKind.OwnerSnsConnect => ["https://www.linkedin.com/in/hanako", "LinkedIn"],
            EmailKind.OwnerDeliveryFailed => ["Recipient mailbox not found", ja ? "お礼とフィードバック" : "thank-you with feedback"],
            EmailKind.OwnerCandidateErased => [SampleOrders.CandidateEmail, ja ? "削除のご依頼" : "asked us to erase"],
            EmailKind.InterviewCancelled => [SampleOrders.With, ja ? "2026年11月26日(木) 15:00" : "Thursday, 26 November 2026, 15:00", "invitation.ics"],
            EmailKind.OwnerStepStuck => ["Recipient mailbox not found", ja ? "「お礼とフィードバック」の送信" : "sending the thank-you with feedback", "/retry", ja ? "関数キー" : "function key"],
            EmailKind.OwnerSlotBooked => [SampleOrders.With, SampleOrders.Location, ja ? "2026年11月26日(木) 15:00" : "Thursday, 26 November 2026, 15:00", ja ? "ご自身で次回面接の日時を選びました" : "picked a time for the next interview"],
            EmailKind.OwnerSlotsExpired => [SampleOrders.CandidateName, "/slots", ja ? "すべて過ぎていました" : "every slot we offered has passed"],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
