using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>What the owner reads: the playbook's prompts, the unanswered message, and times in the owner's own zone.</summary>
public sealed class OwnerWordingTests
{
    private static async Task<OutgoingEmail> ComposeAsync(EmailOrder order)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        return await services.GetRequiredService<EmailComposer>().ComposeAsync(order);
    }

    [Theory]
    [InlineData(Locales.Japanese, "会社の魅力は十分に伝わっていた")]
    [InlineData(Locales.English, "did it make us attractive enough?")]
    public async Task The_no_reply_escalation_asks_whether_the_meeting_made_the_company_attractive_enough(string locale, string prompt)
    {
        var email = await ComposeAsync(SampleOrders.Order(EmailKind.OwnerNoReply, report: SampleOrders.Report(locale)));

        Assert.Contains(prompt, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(prompt, email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese, "返信がないまま、2026年11月25日(水) 15:00 の面談を迎えました")]
    [InlineData(Locales.English, "got no answer before the interview on Wednesday, 25 November 2026, 15:00")]
    public async Task The_retrospective_names_a_candidate_message_left_unanswered_until_the_interview(string locale, string words)
    {
        var report = SampleOrders.Report(locale) with
        {
            ContactTimeline = [new ContactEvent(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(9)), ContactDirection.Candidate, SampleOrders.LateChannel)],
        };
        var order = SampleOrders.Order(EmailKind.OwnerRetrospective, report: report);
        order = order with { Details = order.Details with { Retrospective = RetrospectiveRules.Build(report) } };

        var email = await ComposeAsync(order);

        Assert.Contains(words, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(words, email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_emails_show_times_in_the_owners_zone_and_candidate_emails_in_the_candidates()
    {
        // The candidate is in London, the owner in Tokyo: the interview was 15:00 in Tokyo, 06:00 in London.
        var report = SampleOrders.Report();
        report = report with
        {
            Candidate = report.Candidate with { TimeZone = "Europe/London" },
            Owner = report.Owner with { TimeZone = "Asia/Tokyo" },
        };

        var owner = await ComposeAsync(SampleOrders.Order(EmailKind.OwnerNoReply, report: report));
        var candidate = await ComposeAsync(SampleOrders.Order(EmailKind.ProceedConfirmation, report: report));

        Assert.Contains("2026年11月25日(水) 15:00", owner.PlainText, StringComparison.Ordinal);
        Assert.Contains("2026年11月26日(木) 06:00", candidate.PlainText, StringComparison.Ordinal);
    }
}
