using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>Emails that follow the candidate's own reply thank them for writing, and the owner is told how the reply was read.</summary>
public sealed class ReplyWordingTests
{
    public static TheoryData<EmailKind, string, string> KindsAfterAReply() => new()
    {
        { EmailKind.AskAvailability, Locales.Japanese, "本日は" },
        { EmailKind.AskAvailability, Locales.English, "today" },
        { EmailKind.DeclinedThanks, Locales.Japanese, "本日は" },
        { EmailKind.DeclinedThanks, Locales.English, "Thank you for taking the time to talk with us" },
        { EmailKind.UndecidedThanks, Locales.Japanese, "本日は" },
        { EmailKind.UndecidedThanks, Locales.English, "today" },
    };

    private static async Task<OutgoingEmail> ComposeAsync(EmailOrder order)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        return await services.GetRequiredService<EmailComposer>().ComposeAsync(order);
    }

    [Theory]
    [MemberData(nameof(KindsAfterAReply))]
    public async Task An_email_that_follows_the_candidates_reply_does_not_thank_them_for_today_again(EmailKind kind, string locale, string sameDayWords)
    {
        var first = SampleOrders.Order(kind, locale);
        var afterReply = first with { Details = first.Details with { FollowsReply = true } };

        var sameDay = await ComposeAsync(first);
        var bridged = await ComposeAsync(afterReply);

        Assert.Contains(sameDayWords, sameDay.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(sameDayWords, bridged.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(sameDayWords, bridged.Html, StringComparison.Ordinal);
        Assert.Contains(locale == Locales.English ? "getting back to us" : "お返事", bridged.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese, "辞退", "declined")]
    [InlineData(Locales.English, "declines", "declined")]
    public async Task The_owners_reply_notice_says_how_the_reply_was_read_and_what_was_done(string locale, string intentWords, string movedTo)
    {
        var report = SampleOrders.Report(ownerLocale: locale);
        var reply = new CandidateReply("<r@example.com>", SampleOrders.NextStartsAt, "Re: お礼", "今回は辞退させていただきます。", new ReplyReading(ReplyIntent.Decline, 0.92, ["辞退"]));
        var order = SampleOrders.Order(EmailKind.OwnerReplyReceived, report: report) with
        {
            Details = new EmailDetails { Reply = reply, ReplyOutcome = ReplyOutcome.MovedToDeclined },
        };

        var email = await ComposeAsync(order);

        Assert.Contains(intentWords, email.PlainText, StringComparison.Ordinal);
        Assert.Contains("92%", email.PlainText, StringComparison.Ordinal);
        Assert.Contains(movedTo, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(movedTo, email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_raised_before_replies_were_read_keeps_the_original_notice()
    {
        var reply = new CandidateReply("<r@example.com>", SampleOrders.NextStartsAt, "Re: お礼", "ありがとうございました。");
        var order = SampleOrders.Order(EmailKind.OwnerReplyReceived) with { Details = new EmailDetails { Reply = reply } };

        var email = await ComposeAsync(order);

        Assert.Contains("自動のフォローはここで止めています", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("読み取り", email.PlainText, StringComparison.Ordinal);
    }
}
