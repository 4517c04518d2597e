using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>
/// The opening of each candidate email fits the moment it is sent: "today" only on the interview's
/// day in the candidate's zone and only in the case's first email; a late report says "the other day";
/// an email after a reaction change thanks the candidate for getting back to us, not for the meeting again.
/// </summary>
public sealed class MomentWordingTests
{
    private static readonly EmailKind[] OpeningKinds =
    [
        EmailKind.ProceedConfirmation,
        EmailKind.AskAvailability,
        EmailKind.ConsideringThanks,
        EmailKind.ConsideringThanksVoice,
        EmailKind.UndecidedThanks,
        EmailKind.DeclinedThanks,
    ];

    public enum Moment
    {
        FirstEmailOnInterviewDay,
        LateReport,
        AfterReactionChange,
    }

    public static TheoryData<EmailKind, string, Moment> OpeningKindsInEveryLocaleAndMoment()
    {
        var data = new TheoryData<EmailKind, string, Moment>();
        foreach (var kind in OpeningKinds)
        {
            foreach (var locale in Locales.Supported)
            {
                foreach (var moment in Enum.GetValues<Moment>())
                {
                    data.Add(kind, locale, moment);
                }
            }
        }

        return data;
    }

    private static string Today(string locale) => locale == Locales.English ? "today" : "本日";

    private static string OtherDay(string locale) => locale == Locales.English ? "the other day" : "先日は";

    private static string MeetingThanks(string locale) => locale == Locales.English ? "taking the time to talk with us" : "お時間をいただき";

    private static string Bridge(string locale) => locale == Locales.English ? "getting back to us" : "お返事をいただき";

    private static EmailOrder Order(EmailKind kind, string locale, TimeSpan sentAfterInterview, bool first, InterviewReport? report = null)
    {
        var order = SampleOrders.Order(kind, locale, report: report);
        return order with
        {
            OrderedAt = order.Report.InterviewedAt + sentAfterInterview,
            Details = order.Details with { FirstToCandidate = first },
        };
    }

    private static async Task<OutgoingEmail> ComposeAsync(EmailOrder order)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        return await services.GetRequiredService<EmailComposer>().ComposeAsync(order);
    }

    private static string AllText(OutgoingEmail email) => email.Subject + "\n" + email.PlainText + "\n" + email.Html;

    [Theory]
    [MemberData(nameof(OpeningKindsInEveryLocaleAndMoment))]
    public async Task The_opening_fits_the_moment_and_says_today_only_on_the_first_email_that_day(EmailKind kind, string locale, Moment moment)
    {
        var (after, first, says, neverSays) = moment switch
        {
            Moment.FirstEmailOnInterviewDay => (TimeSpan.FromHours(1), true, MeetingThanks(locale), OtherDay(locale)),
            Moment.LateReport => (TimeSpan.FromDays(2), true, OtherDay(locale), Today(locale)),
            _ => (TimeSpan.FromDays(92), false, Bridge(locale), MeetingThanks(locale)),
        };
        var order = Order(kind, locale, after, first);

        var email = await ComposeAsync(order);

        Assert.Contains(says, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(says, email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(neverSays, AllText(email), StringComparison.Ordinal);
        if (moment == Moment.FirstEmailOnInterviewDay)
        {
            Assert.Contains(Today(locale), email.PlainText, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(Today(locale), AllText(email), StringComparison.Ordinal);
        }
    }

    public static TheoryData<EmailKind, string> EveryCandidateKindInEveryLocale() =>
        KindsAndLocales.Of(Enum.GetValues<EmailKind>().Where(k => k.IsForCandidate()));

    [Theory]
    [MemberData(nameof(EveryCandidateKindInEveryLocale))]
    public async Task No_candidate_email_says_today_on_a_later_day_or_after_the_first_email(EmailKind kind, string locale)
    {
        var late = await ComposeAsync(Order(kind, locale, TimeSpan.FromDays(2), first: true));
        var later = await ComposeAsync(Order(kind, locale, TimeSpan.FromDays(92), first: false));

        Assert.DoesNotContain(Today(locale), AllText(late), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Today(locale), AllText(later), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(30, "本日")]
    [InlineData(120, "先日は")]
    public async Task Today_is_the_interview_day_on_the_candidates_calendar(int minutesAfter, string expected)
    {
        // 23:00 in Tokyo: 30 minutes later is still that day there, two hours later is the next.
        var report = SampleOrders.Report() with { InterviewedAt = new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.FromHours(9)) };
        var order = Order(EmailKind.ConsideringThanks, Locales.Japanese, TimeSpan.FromMinutes(minutesAfter), first: true, report);

        var email = await ComposeAsync(order);

        Assert.Contains(expected, email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_recorded_before_the_moment_was_known_keeps_the_same_day_wording()
    {
        var order = SampleOrders.Order(EmailKind.ConsideringThanks);

        var email = await ComposeAsync(order);

        Assert.Contains("本日はお忙しいなか", email.PlainText, StringComparison.Ordinal);
    }
}
