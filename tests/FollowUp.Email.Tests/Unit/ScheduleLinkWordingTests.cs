using System.Text.RegularExpressions;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>
/// The emails that ask the candidate for a date carry a signed link to book one of the offered slots,
/// only when the case offers some; the link's token opens the scheduling page and nothing else.
/// </summary>
public sealed partial class ScheduleLinkWordingTests
{
    private static readonly InterviewSlot Slot = new()
    {
        StartsAt = SampleOrders.NextStartsAt,
        DurationMinutes = 45,
        With = "CEO 山根",
        Location = "https://meet.example.com/abc",
    };

    private static async Task<(OutgoingEmail Email, ReplyTokens Tokens)> ComposeAsync(EmailKind kind, string locale, bool withSlots)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var report = SampleOrders.Report(locale) with
        {
            Reaction = kind == EmailKind.AskAvailability ? Reaction.Proceed : Reaction.Considering,
            NextInterview = null,
            CaseNonce = "0123456789abcdef0123",
            Slots = withSlots ? [Slot] : [],
            Feedback = (SampleOrders.Report(locale).Feedback ?? new InterviewFeedback()) with { VoiceUrl = new Uri(SampleOrders.VoiceUrl) },
        };
        var email = await services.GetRequiredService<EmailComposer>().ComposeAsync(SampleOrders.Order(kind, locale, report: report));
        return (email, services.GetRequiredService<ReplyTokens>());
    }

    [Theory]
    [InlineData(EmailKind.AskAvailability, Locales.Japanese, "面接の日時を選ぶ")]
    [InlineData(EmailKind.AskAvailability, Locales.English, "Choose a time")]
    [InlineData(EmailKind.ConsideringThanks, Locales.Japanese, "面接の日時を選ぶ")]
    [InlineData(EmailKind.ConsideringThanks, Locales.English, "Choose a time")]
    [InlineData(EmailKind.ConsideringThanksVoice, Locales.Japanese, "面接の日時を選ぶ")]
    [InlineData(EmailKind.ConsideringThanksVoice, Locales.English, "Choose a time")]
    public async Task An_email_asking_for_a_date_links_to_the_slots_with_a_scheduling_token(EmailKind kind, string locale, string button)
    {
        var (email, tokens) = await ComposeAsync(kind, locale, withSlots: true);

        Assert.Contains(button, email.Html, StringComparison.Ordinal);
        var token = ScheduleLink().Match(email.PlainText).Groups["token"].Value;
        Assert.Contains(token, email.Html, StringComparison.Ordinal);
        Assert.True(tokens.TryMatchSchedule(token, out var reference));
        Assert.Equal("0123456789abcdef0123", reference!.CaseNonce);
        Assert.False(tokens.TryMatchOptOut(token, out _));
    }

    [Theory]
    [InlineData(EmailKind.AskAvailability, Locales.Japanese, "ご都合のよい日時をいくつか教えて")]
    [InlineData(EmailKind.AskAvailability, Locales.English, "tell us a few dates and times")]
    [InlineData(EmailKind.ConsideringThanks, Locales.Japanese, "選考（面接）に進んでみたいと思われますか")]
    [InlineData(EmailKind.ConsideringThanks, Locales.English, "would you like to proceed to an interview?")]
    public async Task Without_slots_the_email_asks_for_a_reply_and_has_no_scheduling_link(EmailKind kind, string locale, string ask)
    {
        var (email, _) = await ComposeAsync(kind, locale, withSlots: false);

        Assert.Contains(ask, email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotMatch(ScheduleLink(), email.PlainText);
        Assert.DoesNotContain("api/schedule", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_check_carries_no_scheduling_link_even_with_slots()
    {
        var (email, _) = await ComposeAsync(EmailKind.StatusCheck, Locales.Japanese, withSlots: true);

        Assert.DoesNotContain("api/schedule", email.PlainText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/api/schedule\?token=(?<token>[a-z2-7]+)")]
    private static partial Regex ScheduleLink();
}
