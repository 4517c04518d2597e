using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>The owner's reply notice says truthfully what FollowUp still plans; the check-in thanks for an earlier reply.</summary>
public sealed class ReplyNoticePlanTests
{
    private static async Task<OutgoingEmail> ComposeAsync(EmailKind kind, string locale, EmailDetails details)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var order = SampleOrders.Order(kind, report: SampleOrders.Report(locale));
        return await services.GetRequiredService<EmailComposer>().ComposeAsync(order with { Details = order.Details with { ReminderHeld = details.ReminderHeld, CheckInAt = details.CheckInAt, RepliedBefore = details.RepliedBefore } });
    }

    [Theory]
    [InlineData(Locales.Japanese, "リマインドは保留しています", "自動のフォローはここで止めています")]
    [InlineData(Locales.English, "is on hold", "Automatic follow-ups have stopped")]
    public async Task A_reply_that_holds_the_reminder_says_so_and_how_to_release_it(string locale, string held, string stopped)
    {
        var email = await ComposeAsync(EmailKind.OwnerReplyReceived, locale, new EmailDetails { ReminderHeld = true });

        Assert.Contains(held, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(held, email.Html, StringComparison.Ordinal);
        Assert.Contains($"/api/interviews/{SampleOrders.InterviewId}/confirm-date", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(stopped, email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese, "2027年2月25日", "自動のフォローはここで止めています")]
    [InlineData(Locales.English, "25 February 2027", "Automatic follow-ups have stopped")]
    public async Task A_reply_while_nurturing_says_the_check_in_still_goes_out(string locale, string date, string stopped)
    {
        var email = await ComposeAsync(EmailKind.OwnerReplyReceived, locale, new EmailDetails { CheckInAt = new DateTimeOffset(2027, 2, 25, 10, 0, 0, TimeSpan.FromHours(9)) });

        Assert.Contains(date, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(date, email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(stopped, email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese, "以前はお返事をくださり")]
    [InlineData(Locales.English, "writing back to us last time")]
    public async Task The_check_in_thanks_for_an_earlier_reply_only_when_there_was_one(string locale, string thanks)
    {
        var replied = await ComposeAsync(EmailKind.NurtureCheckIn, locale, new EmailDetails { RepliedBefore = true });
        var silent = await ComposeAsync(EmailKind.NurtureCheckIn, locale, new EmailDetails());

        Assert.Contains(thanks, replied.PlainText, StringComparison.Ordinal);
        Assert.Contains(thanks, replied.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(thanks, silent.PlainText, StringComparison.Ordinal);
    }
}
