using System.Web;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;
using FollowUp.Testing.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>
/// A message recorded in the form: its private listening link carries a token of its own purpose, and the
/// owner's no-reply escalation says whether the candidate has played it, read from the timeline.
/// </summary>
public sealed class VoiceWordingTests
{
    private const string RecordingId = "0123456789abcdef0123456789abcdef";

    private static readonly DateTimeOffset PlayedAt = new(2026, 11, 26, 3, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Locales.Japanese, "まだ再生されていません")]
    [InlineData(Locales.English, "not played yet")]
    public async Task The_owners_no_reply_email_says_a_recorded_message_was_not_played_yet(string locale, string notPlayed)
    {
        var email = await ComposeNoReplyAsync(locale, RecordingId, played: false);

        Assert.Contains(notPlayed, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(notPlayed, email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese, "2026年11月26日", "に再生されました")]
    [InlineData(Locales.English, "26", "they played it on")]
    public async Task The_owners_no_reply_email_says_when_the_candidate_played_the_message(string locale, string date, string played)
    {
        var email = await ComposeNoReplyAsync(locale, RecordingId, played: true);

        Assert.Contains(played, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(date, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(played, email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese, "音声メッセージ")]
    [InlineData(Locales.English, "Voice message")]
    public async Task Without_a_recording_the_owners_no_reply_email_says_nothing_of_one(string locale, string voice)
    {
        var email = await ComposeNoReplyAsync(locale, recordingId: null, played: false);

        Assert.DoesNotContain(voice, email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listening_link_opens_as_voice_only_and_other_purposes_do_not_open_it()
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var links = services.GetRequiredService<IVoiceLinks>();
        var replies = services.GetRequiredService<ReplyTokens>();
        var report = SampleOrders.Report() with { CaseNonce = "00112233445566778899" };

        var link = links.LinkFor(report);
        var token = HttpUtility.ParseQueryString(link.Query)["token"];
        var optOut = HttpUtility.ParseQueryString(replies.OptOutLinkFor(report).Query)["token"];

        Assert.StartsWith("https://followup.example.com/api/voice?token=", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(links.TryMatch(token, out var reference));
        Assert.Equal("00112233445566778899", reference!.CaseNonce);
        Assert.False(links.TryMatch(optOut, out _));
        Assert.False(replies.TryMatchOptOut(token, out _));
        Assert.False(replies.TryMatchReply([replies.Mailbox.WithToken(token!)], out _));
    }

    private static async Task<OutgoingEmail> ComposeNoReplyAsync(string locale, string? recordingId, bool played)
    {
        var timeline = new InMemoryTimeline();
        using var services = EmailHost.Build(new Dictionary<string, string?>(), s => s.AddSingleton<ITimeline>(timeline));
        var report = SampleOrders.Report(locale, ownerLocale: locale) with
        {
            Feedback = new InterviewFeedback { VoiceUrl = new Uri("https://followup.example.com/api/voice?token=abc"), VoiceRecordingId = recordingId },
        };
        if (played)
        {
            await timeline.RecordAsync(new TimelineEntry(report.InterviewId, VoiceListening.ListenedKey, PlayedAt, TimelineEntryKind.VoiceListened, "played"), CancellationToken.None);
        }

        return await services.GetRequiredService<EmailComposer>().ComposeAsync(SampleOrders.Order(EmailKind.OwnerNoReply, locale, report: report));
    }
}
