using System.Text;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>Calendars follow the case: one UID per case, SEQUENCE rising with each message, DTSTAMP when it was made, CANCEL to remove.</summary>
public sealed class InvitationTests
{
    private static readonly DateTimeOffset FirstMadeAt = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private static async Task<(OutgoingAttachment Attachment, string Text)> InvitationOfAsync(EmailOrder order)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var email = await services.GetRequiredService<EmailComposer>().ComposeAsync(order);
        var attachment = Assert.Single(email.Attachments);
        return (attachment, Encoding.UTF8.GetString(attachment.Content));
    }

    private static EmailOrder Order(EmailKind kind, int sequence, DateTimeOffset madeAt, DateTimeOffset startsAt)
    {
        var report = SampleOrders.Report();
        report = report with { NextInterview = report.NextInterview! with { StartsAt = startsAt } };
        var order = SampleOrders.Order(kind, report: report);
        return order with { OrderedAt = madeAt, Details = order.Details with { InvitationSequence = sequence, CancelledInterview = report.NextInterview } };
    }

    [Fact]
    public async Task A_new_date_updates_the_same_calendar_entry_with_a_higher_sequence_stamped_when_made()
    {
        var first = await InvitationOfAsync(Order(EmailKind.ProceedConfirmation, 0, FirstMadeAt, SampleOrders.NextStartsAt));
        var moved = await InvitationOfAsync(Order(EmailKind.ProceedConfirmation, 1, FirstMadeAt.AddDays(2), SampleOrders.NextStartsAt.AddDays(3)));

        Assert.Contains($"UID:{SampleOrders.InterviewId}-next-interview@followup", first.Text, StringComparison.Ordinal);
        Assert.Contains($"UID:{SampleOrders.InterviewId}-next-interview@followup", moved.Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", first.Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", moved.Text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261125T073000Z", first.Text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261127T073000Z", moved.Text, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", moved.Text, StringComparison.Ordinal);
        Assert.Contains("method=REQUEST", moved.Attachment.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_interview_sends_a_calendar_cancel_for_the_same_entry()
    {
        var cancel = await InvitationOfAsync(Order(EmailKind.InterviewCancelled, 2, FirstMadeAt.AddDays(1), SampleOrders.NextStartsAt));

        Assert.Contains("METHOD:CANCEL", cancel.Text, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", cancel.Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", cancel.Text, StringComparison.Ordinal);
        Assert.Contains($"UID:{SampleOrders.InterviewId}-next-interview@followup", cancel.Text, StringComparison.Ordinal);
        Assert.Contains("method=CANCEL", cancel.Attachment.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Orchestrations.Interviews.Locales.Japanese, "日程を変更いたしました")]
    [InlineData(Orchestrations.Interviews.Locales.English, "Your next interview has moved")]
    public async Task A_confirmation_for_a_new_date_says_the_interview_moved(string locale, string moved)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var order = SampleOrders.Order(EmailKind.ProceedConfirmation, locale);
        order = order with { Details = order.Details with { Rescheduled = true, InvitationSequence = 1 } };

        var email = await services.GetRequiredService<EmailComposer>().ComposeAsync(order);

        Assert.Contains(moved, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(moved, email.Html, StringComparison.Ordinal);
    }
}
