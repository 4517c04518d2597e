using FollowUp.Email.Configuration;
using FollowUp.Email.Rendering;
using FollowUp.Email.Rendering.Model;
using FollowUp.Email.Tokens;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Voice;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FollowUp.Email.Dispatch;

/// <summary>
/// Turns an order into a ready email: recipient and language, rendered wording, and for candidate
/// emails the tokenised Reply-To, the opt-out link and its List-Unsubscribe headers.
/// </summary>
public sealed class EmailComposer(
    TemplateRenderer renderer,
    ReplyTokens replyTokens,
    IOptions<EmailOptions> options,
    IOptions<PublicLinkOptions> links,
    ITimeline? timeline = null)
{
    internal const string ListUnsubscribe = "List-Unsubscribe";
    internal const string ListUnsubscribePost = "List-Unsubscribe-Post";

    // RFC 8058: mail providers offer one-click unsubscribe only with this exact value.
    internal const string OneClick = "List-Unsubscribe=One-Click";

    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Value.EffectiveFrom);

    /// <exception cref="TemplateRenderException">The order or the template cannot make an email.</exception>
    public async Task<OutgoingEmail> ComposeAsync(EmailOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        RequiredFacts.Check(order);

        var report = order.Report;
        var (name, address, locale) = order.IsForCandidate
            ? (report.Candidate.Name, report.Candidate.Email, report.Candidate.Locale)
            : (report.Owner.Name, report.Owner.Email, report.Owner.Locale);
        locale = Locales.IsSupported(locale) ? locale : Locales.Japanese;

        var company = EmailModelFactory.CompanyName(options.Value, _from);
        var optOut = order.IsForCandidate ? replyTokens.OptOutLinkFor(report) : null;
        var model = EmailModelFactory.Create(order, locale, company, links.Value, optOut) with
        {
            Voice = await VoiceAsync(order, locale).ConfigureAwait(false),
            ScheduleUrl = ScheduleLink(order)?.AbsoluteUri,
        };
        var content = await renderer.RenderAsync(order.Kind, locale, model).ConfigureAwait(false);

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (optOut is not null)
        {
            headers[ListUnsubscribe] = $"<{optOut.AbsoluteUri}>";
            headers[ListUnsubscribePost] = OneClick;
        }

        var attachments = new List<OutgoingAttachment>();
        var booked = order.Kind switch
        {
            EmailKind.ProceedConfirmation => report.NextInterview,
            EmailKind.InterviewCancelled => order.Details.CancelledInterview,
            _ => null,
        };
        if (booked is not null)
        {
            var stampedAt = order.OrderedAt ?? report.InterviewedAt;
            var cancel = order.Kind == EmailKind.InterviewCancelled;
            attachments.Add(InvitationBuilder.Build(report, booked, content.Subject, $"{booked.With}\n{booked.Location}", order.Details.InvitationSequence ?? 0, stampedAt, cancel));
        }

        return new OutgoingEmail
        {
            MessageKey = order.MessageKey,
            From = new Mailbox(_from.Address, HeaderText.SingleLine(_from.Name)),
            To = new Mailbox(address, HeaderText.SingleLine(name)),
            ReplyTo = order.IsForCandidate ? new Mailbox(replyTokens.ReplyAddressFor(report), HeaderText.SingleLine(company)) : null,
            Subject = content.Subject,
            PlainText = content.PlainText,
            Html = content.Html,
            Headers = headers,
            Attachments = attachments,
        };
    }

    /// <summary>
    /// Whether the candidate has played the recorded message, read from the timeline when the owner is told
    /// of no reply: a played message with no reply reads differently from one never opened.
    /// </summary>
    private async Task<VoiceModel?> VoiceAsync(EmailOrder order, string locale)
    {
        if (order.Kind != EmailKind.OwnerNoReply || order.Report.Feedback?.VoiceRecordingId is null || timeline is null)
        {
            return null;
        }

        var listened = await timeline.FindAsync(order.Report.InterviewId, VoiceListening.ListenedKey, CancellationToken.None).ConfigureAwait(false);
        var format = LocalizedFormat.For(locale, order.Report.Owner.TimeZone ?? order.Report.Candidate.TimeZone);
        return new VoiceModel(listened is not null, listened is null ? null : format.DateTime(listened.At));
    }

    /// <summary>The booking link, in the emails that ask the candidate for a date and only when the case offers slots.</summary>
    private Uri? ScheduleLink(EmailOrder order) =>
        order.Report.Slots.Count > 0 && order.Kind is EmailKind.AskAvailability or EmailKind.ConsideringThanks or EmailKind.ConsideringThanksVoice
            ? replyTokens.ScheduleLinkFor(order.Report)
            : null;
}
