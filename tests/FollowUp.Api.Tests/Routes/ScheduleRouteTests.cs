using System.Security.Cryptography;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Api.Tests.Routes;

/// <summary><c>GET</c> and <c>POST /api/schedule?token=…</c> on Azurite: the candidate books one of the owner's slots.</summary>
public sealed class ScheduleRouteTests(TableApiHost api) : IClassFixture<TableApiHost>
{
    private static InterviewSlot SlotIn(TimeSpan fromNow, string with = "CEO 山根") => new()
    {
        // Whole minutes: the slot's id is the minute it starts.
        StartsAt = new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero) + fromNow,
        DurationMinutes = 45,
        With = with,
        Location = "https://meet.example.com/abc-defg-hij",
    };

    /// <summary>A waiting case offering <paramref name="slots"/>, as the intake starts one; an owner of its own unless given, since an owner's slots are shared by their cases.</summary>
    private Task<(InterviewReport Report, string Token)> StartOfferingAsync(Reaction reaction, params InterviewSlot[] slots) =>
        StartOfferingAsync(reaction, $"owner-{Guid.NewGuid():N}@example.co.jp", slots);

    private async Task<(InterviewReport Report, string Token)> StartOfferingAsync(Reaction reaction, string owner, params InterviewSlot[] slots)
    {
        var sample = Reports.Report(reaction);
        var report = sample with { Owner = sample.Owner with { Email = owner }, CaseNonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)), Slots = slots };
        await api.Get<ISlotStore>().OfferAsync(new SlotOffer(SlotOwners.KeyOf(report.Owner.Email), report.InterviewId, slots, DateTimeOffset.UtcNow), CancellationToken.None);
        await api.Playbook.StartFollowUpAsync(report, ApiHost.WaitingPolicy);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.NextAction is not null);
        return (report, TokenOf(api.Tokens.ScheduleLinkFor(report)));
    }

    private static string TokenOf(Uri link) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["token"].ToString();

    private Task<Http.ApiAnswer> PageAsync(string token) =>
        api.CallAsync(RouteNames.Schedule, HttpMethods.Get, query: "?token=" + Uri.EscapeDataString(token));

    private Task<Http.ApiAnswer> BookAsync(string token, string slotId) =>
        api.CallAsync(RouteNames.Schedule, HttpMethods.Post, ApiHost.Utf8("slot=" + slotId), query: "?token=" + Uri.EscapeDataString(token), headers: new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" });

    private int Sent(string interviewId, EmailKind kind) =>
        api.Emails.Sent.Count(s => s.Order.InterviewId == interviewId && s.Order.Kind == kind);

    [Fact]
    public async Task The_page_lists_the_free_slots_as_radio_buttons_in_one_form_and_is_never_cached()
    {
        var slot = SlotIn(TimeSpan.FromDays(3));
        var (_, token) = await StartOfferingAsync(Reaction.Considering, slot, SlotIn(TimeSpan.FromDays(4)));

        var page = await PageAsync(token);

        Assert.Equal(200, page.StatusCode);
        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
        Assert.Contains($"""type="radio" name="slot" id="slot-{slot.Id}" value="{slot.Id}" """, page.Body, StringComparison.Ordinal);
        Assert.Contains("""<form method="post" action="?token=""", page.Body, StringComparison.Ordinal);
        var local = slot.StartsAt.ToOffset(TimeSpan.FromHours(9));
        var ja = System.Globalization.CultureInfo.GetCultureInfo("ja-JP");
        Assert.Contains($"{local.ToString("M月d日", ja)}({local.ToString("ddd", ja)}) {local.ToString("HH:mm", ja)}", page.Body, StringComparison.Ordinal);
        Assert.Contains("ご返信", page.Body, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers!["Cache-Control"]);
        Assert.Contains("frame-ancestors 'none'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Booking_from_considering_continues_the_case_as_proceed_with_that_date_and_tells_the_owner()
    {
        var slot = SlotIn(TimeSpan.FromDays(3));
        var (report, token) = await StartOfferingAsync(Reaction.Considering, slot);

        var answer = await BookAsync(token, slot.Id);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains("ご予約ありがとうございます", answer.Body, StringComparison.Ordinal);
        var status = await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.InterviewScheduled);
        Assert.Equal(Reaction.Proceed, status.Reaction);
        var confirmation = api.Emails.Sent.Single(s => s.Order.InterviewId == report.InterviewId && s.Order.Kind == EmailKind.ProceedConfirmation).Order;
        Assert.Equal(slot.ToNextInterview(), confirmation.Report.NextInterview);
        Assert.Equal(1, Sent(report.InterviewId, EmailKind.OwnerSlotBooked));
        var slots = ApiHost.Json(await api.GetAsync(report.InterviewId)).GetProperty("slots");
        Assert.True(slots[0].TryGetProperty("bookedAt", out _));
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Booking_from_proceed_without_a_date_ends_the_booking_wait_with_a_confirmation()
    {
        var slot = SlotIn(TimeSpan.FromDays(2));
        var (report, token) = await StartOfferingAsync(Reaction.Proceed, slot);
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.AwaitingBooking);

        var answer = await BookAsync(token, slot.Id);

        Assert.Equal(200, answer.StatusCode);
        var status = await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.InterviewScheduled);
        Assert.Equal(PlannedAction.SendInterviewReminder, status.NextAction);
        Assert.Equal(1, Sent(report.InterviewId, EmailKind.ProceedConfirmation));
        Assert.Equal(1, Sent(report.InterviewId, EmailKind.OwnerSlotBooked));
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Booking_after_the_status_check_still_books_and_stops_the_closing()
    {
        var slot = SlotIn(TimeSpan.FromDays(2));
        var report = Reports.Report(Reaction.Considering) with { CaseNonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)), Slots = [slot] };
        await api.Get<ISlotStore>().OfferAsync(new SlotOffer(SlotOwners.KeyOf(report.Owner.Email), report.InterviewId, [slot], DateTimeOffset.UtcNow), CancellationToken.None);
        await api.Playbook.StartFollowUpAsync(report, ApiHost.WaitingPolicy with { ReplyWindow = Orchestrations.Policy.IsoDuration.Parse("PT1S") });
        await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.StatusCheckSent);

        var answer = await BookAsync(TokenOf(api.Tokens.ScheduleLinkFor(report)), slot.Id);

        Assert.Equal(200, answer.StatusCode);
        var status = await api.Playbook.WaitForStatusAsync(report.InterviewId, s => s.Stage == FollowUpStage.InterviewScheduled);
        Assert.Equal(Reaction.Proceed, status.Reaction);
        Assert.Equal(1, Sent(report.InterviewId, EmailKind.StatusCheck));
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Many_candidates_racing_for_one_slot_get_exactly_one_booking()
    {
        var slot = SlotIn(TimeSpan.FromDays(5));
        var owner = $"owner-{Guid.NewGuid():N}@example.co.jp";
        var cases = new List<(InterviewReport Report, string Token)>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add(await StartOfferingAsync(Reaction.Proceed, owner, slot, SlotIn(TimeSpan.FromDays(6 + i))));
        }

        var answers = await Task.WhenAll(cases.SelectMany(c => new[] { c, c }).Select(c => BookAsync(c.Token, slot.Id)));

        Assert.Single(answers, a => a.StatusCode == 200);
        Assert.All(answers.Where(a => a.StatusCode != 200), a => Assert.Equal(409, a.StatusCode));
        var loser = cases.First(c => Sent(c.Report.InterviewId, EmailKind.OwnerSlotBooked) == 0);
        var page = await PageAsync(loser.Token);
        Assert.DoesNotContain(slot.Id, page.Body, StringComparison.Ordinal);
        foreach (var (report, _) in cases)
        {
            await api.CancelAsync(report.InterviewId);
        }
    }

    [Fact]
    public async Task A_taken_slot_answers_409_with_the_slots_still_free()
    {
        var shared = SlotIn(TimeSpan.FromDays(3));
        var other = SlotIn(TimeSpan.FromDays(4));
        var owner = $"owner-{Guid.NewGuid():N}@example.co.jp";
        var (first, firstToken) = await StartOfferingAsync(Reaction.Considering, owner, shared);
        var (second, secondToken) = await StartOfferingAsync(Reaction.Considering, owner, shared, other);
        await BookAsync(firstToken, shared.Id);

        var late = await BookAsync(secondToken, shared.Id);

        Assert.Equal(409, late.StatusCode);
        Assert.Contains("埋まってしまいました", late.Body, StringComparison.Ordinal);
        Assert.Contains($"value=\"{other.Id}\"", late.Body, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{shared.Id}\"", late.Body, StringComparison.Ordinal);
        await api.CancelAsync(first.InterviewId);
        await api.CancelAsync(second.InterviewId);
    }

    [Fact]
    public async Task A_second_booking_through_the_same_link_answers_409_and_asks_for_a_reply()
    {
        var (first, second) = (SlotIn(TimeSpan.FromDays(3)), SlotIn(TimeSpan.FromDays(4)));
        var (report, token) = await StartOfferingAsync(Reaction.Proceed, first, second);
        await BookAsync(token, first.Id);

        var again = await BookAsync(token, second.Id);

        Assert.Equal(409, again.StatusCode);
        Assert.Contains("すでにご予約いただいています", again.Body, StringComparison.Ordinal);
        Assert.Contains("ご返信", again.Body, StringComparison.Ordinal);
        Assert.Equal(1, Sent(report.InterviewId, EmailKind.OwnerSlotBooked));
        await api.CancelAsync(report.InterviewId);
    }

    [Fact]
    public async Task Booking_after_the_case_ended_answers_409_and_books_nothing()
    {
        var slot = SlotIn(TimeSpan.FromDays(3));
        var (report, token) = await StartOfferingAsync(Reaction.Considering, slot);
        await api.CancelAsync(report.InterviewId);
        await api.Playbook.WaitForCompletionAsync(report.InterviewId);

        var answer = await BookAsync(token, slot.Id);

        Assert.Equal(409, answer.StatusCode);
        Assert.Null((await api.Get<ISlotStore>().ReadAsync(SlotOwners.KeyOf(report.Owner.Email), report.InterviewId, CancellationToken.None)).Booking);
        Assert.Equal(0, Sent(report.InterviewId, EmailKind.OwnerSlotBooked));
    }

    [Fact]
    public async Task Tampered_other_purpose_and_other_case_tokens_book_nothing()
    {
        var slot = SlotIn(TimeSpan.FromDays(3));
        var (report, token) = await StartOfferingAsync(Reaction.Considering, slot);
        var (otherReport, otherToken) = await StartOfferingAsync(Reaction.Considering, SlotIn(TimeSpan.FromDays(4), "CTO 田中"));
        var tampered = token[..^1] + (token[^1] == 'a' ? 'b' : 'a');
        var optOut = TokenOf(api.Tokens.OptOutLinkFor(report));

        var answers = new[]
        {
            await BookAsync(tampered, slot.Id),
            await BookAsync(optOut, slot.Id),
            await BookAsync(otherToken, slot.Id),
            await PageAsync(tampered),
            await PageAsync(optOut),
        };

        Assert.All(answers, a => Assert.Equal(400, a.StatusCode));
        var slots = api.Get<ISlotStore>();
        Assert.Null((await slots.ReadAsync(SlotOwners.KeyOf(report.Owner.Email), report.InterviewId, CancellationToken.None)).Booking);
        Assert.Null((await slots.ReadAsync(SlotOwners.KeyOf(report.Owner.Email), otherReport.InterviewId, CancellationToken.None)).Booking);
        await api.CancelAsync(report.InterviewId);
        await api.CancelAsync(otherReport.InterviewId);
    }

    [Fact]
    public async Task When_every_slot_has_passed_the_page_says_so_and_the_owner_is_told_once()
    {
        var (report, token) = await StartOfferingAsync(Reaction.Proceed, SlotIn(TimeSpan.FromHours(-2)));

        var first = await PageAsync(token);
        var second = await PageAsync(token);

        Assert.Equal(200, first.StatusCode);
        Assert.Contains("過ぎてしまいました", first.Body, StringComparison.Ordinal);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(1, Sent(report.InterviewId, EmailKind.OwnerSlotsExpired));
        await api.CancelAsync(report.InterviewId);
    }
}
