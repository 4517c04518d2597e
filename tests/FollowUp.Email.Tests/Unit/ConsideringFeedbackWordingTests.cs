using FollowUp.Email.Dispatch;
using FollowUp.Email.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Email.Tests.Unit;

/// <summary>
/// The considering email carries its feedback in parts, names whom the candidate would meet next and
/// why the preparation points matter for that meeting; the voice variant carries the written feedback too.
/// </summary>
public sealed class ConsideringFeedbackWordingTests
{
    private static async Task<OutgoingEmail> ComposeAsync(EmailKind kind, string locale, InterviewFeedback feedback)
    {
        using var services = EmailHost.Build(new Dictionary<string, string?>());
        var report = SampleOrders.Report(locale) with { Feedback = feedback };
        return await services.GetRequiredService<EmailComposer>().ComposeAsync(SampleOrders.Order(kind, locale, report: report));
    }

    private static InterviewFeedback Written(Uri? voice = null, string? nextStepWith = SampleOrders.NextStepWith) => new()
    {
        Positive = [SampleOrders.Positive],
        Improve = [SampleOrders.Improve],
        Prepare = [SampleOrders.Prepare],
        VoiceUrl = voice,
        NextStepWith = nextStepWith,
    };

    [Theory]
    [InlineData(EmailKind.ConsideringThanks, Locales.Japanese, "次回は代表取締役の山根とお会いいただく予定です", "代表取締役の山根がよく伺う点")]
    [InlineData(EmailKind.ConsideringThanks, Locales.English, "your next conversation would be with 代表取締役の山根", "what 代表取締役の山根 tends to ask about")]
    [InlineData(EmailKind.ConsideringThanksVoice, Locales.Japanese, "次回は代表取締役の山根とお会いいただく予定です", "代表取締役の山根がよく伺う点")]
    [InlineData(EmailKind.ConsideringThanksVoice, Locales.English, "your next conversation would be with 代表取締役の山根", "what 代表取締役の山根 tends to ask about")]
    public async Task The_considering_email_names_whom_they_would_meet_next_and_why_to_prepare(EmailKind kind, string locale, string whom, string why)
    {
        var email = await ComposeAsync(kind, locale, Written(new Uri(SampleOrders.VoiceUrl)));

        Assert.Contains(whom, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(why, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(why, email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese)]
    [InlineData(Locales.English)]
    public async Task Without_a_next_person_the_email_names_nobody(string locale)
    {
        var email = await ComposeAsync(EmailKind.ConsideringThanks, locale, Written(nextStepWith: null));

        Assert.DoesNotContain(locale == Locales.English ? "next conversation would be with" : "とお会いいただく予定", email.PlainText, StringComparison.Ordinal);
        Assert.Contains(SampleOrders.Prepare, email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locales.Japanese)]
    [InlineData(Locales.English)]
    public async Task The_voice_email_carries_the_written_feedback_when_given(string locale)
    {
        var email = await ComposeAsync(EmailKind.ConsideringThanksVoice, locale, Written(new Uri(SampleOrders.VoiceUrl)));

        foreach (var item in new[] { SampleOrders.VoiceUrl, SampleOrders.Positive, SampleOrders.Improve, SampleOrders.Prepare })
        {
            Assert.Contains(item, email.PlainText, StringComparison.Ordinal);
            Assert.Contains(item, email.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Locales.Japanese, "文字でも要点")]
    [InlineData(Locales.English, "in writing")]
    public async Task The_voice_email_without_written_feedback_is_the_link_and_the_question(string locale, string writtenIntro)
    {
        var email = await ComposeAsync(EmailKind.ConsideringThanksVoice, locale, new InterviewFeedback { VoiceUrl = new Uri(SampleOrders.VoiceUrl) });

        Assert.Contains(SampleOrders.VoiceUrl, email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(writtenIntro, email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(writtenIntro, email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleOrders.Positive, email.PlainText, StringComparison.Ordinal);
    }
}
