using System.Globalization;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using Calendar = Ical.Net.Calendar;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FollowUp.Email.Tests.Integration;

public sealed class SmtpTransportTests(Smtp4devFixture smtp4dev) : IClassFixture<Smtp4devFixture>
{
    [Fact]
    public async Task A_japanese_confirmation_arrives_intact_with_reply_token_unsubscribe_headers_and_invitation()
    {
        var report = SampleOrders.Report() with
        {
            InterviewId = "smtp-proceed-1",
            Candidate = SampleOrders.Report().Candidate with { Email = "proceed@example.com" },
        };
        using var services = Build();

        var receipt = await services.GetRequiredService<IEmailDispatcher>().DispatchAsync(
            SampleOrders.Order(EmailKind.ProceedConfirmation, report: report), CancellationToken.None);

        var message = Assert.Single(await smtp4dev.MessagesToAsync("proceed@example.com"));
        Assert.Equal("Smtp", receipt.Transport);
        Assert.Equal(receipt.ProviderOperationId, message.MessageId);
        Assert.Contains("次回面接のご案内", message.Subject, StringComparison.Ordinal);
        Assert.Contains("佐藤 花子 様", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("2026年11月26日(木) 15:00", message.HtmlBody, StringComparison.Ordinal);
        Assert.Matches("^reply\\+[a-z2-7]+@example\\.com$", message.ReplyTo.Mailboxes.Single().Address);
        Assert.StartsWith("<https://followup.example.com/api/opt-out?token=", message.Headers[HeaderId.ListUnsubscribe], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);

        var ics = Assert.IsType<MimePart>(Assert.Single(message.Attachments), exactMatch: false);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal("Asia/Tokyo", invitation.Start!.TzId);
        Assert.Equal(new DateTime(2026, 11, 26, 15, 0, 0), invitation.Start.Value);
        Assert.Equal(new DateTime(2026, 11, 26, 16, 0, 0), invitation.End!.Value);
        Assert.Equal(SampleOrders.Location, invitation.Location);
        Assert.Contains(SampleOrders.OwnerEmail, invitation.Organizer!.Value!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_owner_email_goes_to_the_owner_without_candidate_headers()
    {
        var report = SampleOrders.Report(Locales.Japanese, ownerLocale: Locales.English) with
        {
            InterviewId = "smtp-owner-1",
            Owner = new OwnerInfo { Name = "Ken", Email = "owner-smtp@example.com", Locale = Locales.English },
        };
        using var services = Build();

        await services.GetRequiredService<IEmailDispatcher>().DispatchAsync(
            SampleOrders.Order(EmailKind.OwnerReplyReceived, report: report), CancellationToken.None);

        var message = Assert.Single(await smtp4dev.MessagesToAsync("owner-smtp@example.com"));
        Assert.Contains("replied", message.Subject, StringComparison.Ordinal);
        Assert.Contains(SampleOrders.ReplyText, message.TextBody, StringComparison.Ordinal);
        Assert.Null(message.Headers[HeaderId.ListUnsubscribe]);
        Assert.Empty(message.ReplyTo);
    }

    [Fact]
    public async Task Dispatching_the_same_order_twice_in_one_process_sends_once()
    {
        var report = SampleOrders.Report() with
        {
            InterviewId = "smtp-twice-1",
            Candidate = SampleOrders.Report().Candidate with { Email = "twice@example.com" },
        };
        using var services = Build();
        var dispatcher = services.GetRequiredService<IEmailDispatcher>();
        var order = SampleOrders.Order(EmailKind.StatusCheck, report: report);

        await dispatcher.DispatchAsync(order, CancellationToken.None);
        var second = await dispatcher.DispatchAsync(order, CancellationToken.None);

        Assert.True(second.WasDuplicate);
        Assert.Single(await smtp4dev.MessagesToAsync("twice@example.com"));
    }

    [Fact]
    public async Task With_tls_required_a_server_that_offers_no_starttls_is_sent_nothing()
    {
        // smtp4dev as the fixture runs it offers no STARTTLS, as a server behind a stripping proxy would look.
        var report = SampleOrders.Report() with
        {
            InterviewId = "smtp-tls-required-1",
            Candidate = SampleOrders.Report().Candidate with { Email = "tls-required@example.com" },
        };
        using var services = Build(requireTls: true);

        var sending = services.GetRequiredService<IEmailDispatcher>().DispatchAsync(SampleOrders.Order(EmailKind.StatusCheck, report: report), CancellationToken.None);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => sending);
        Assert.Contains("STARTTLS", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await smtp4dev.MessagesToAsync("tls-required@example.com"));
    }

    private ServiceProvider Build(bool requireTls = false) => EmailHost.Build(new Dictionary<string, string?>
    {
        ["FollowUp:Email:Transport"] = "Smtp",
        ["FollowUp:Email:Smtp:Host"] = "127.0.0.1",
        ["FollowUp:Email:Smtp:Port"] = smtp4dev.SmtpPort.ToString(CultureInfo.InvariantCulture),

        // smtp4dev offers no TLS here; plain text is allowed for a server on this machine only.
        ["FollowUp:Email:Smtp:RequireTls"] = requireTls ? "true" : "false",
    });
}
