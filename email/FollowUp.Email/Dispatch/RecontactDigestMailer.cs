using FollowUp.Email.Configuration;
using FollowUp.Email.Rendering;
using FollowUp.Email.Rendering.Model;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Recontact;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FollowUp.Email.Dispatch;

/// <summary>
/// The re-contact digest through the configured transport. Its message key is the digest's key (owner
/// and day), so a digest sent twice reaches the owner once on every transport.
/// </summary>
public sealed partial class RecontactDigestMailer(
    TemplateRenderer renderer,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    IOptions<PublicLinkOptions> links,
    ILogger<RecontactDigestMailer> logger) : IRecontactDigestMailer
{
    public const string TemplateName = "RecontactDigest";

    private static readonly Dictionary<string, (string Ja, string En)> Reasons = new(StringComparer.Ordinal)
    {
        ["undecided"] = ("まだ迷っていた", "still deciding"),
        ["declined"] = ("今回は辞退", "declined this time"),
        ["no-response"] = ("返信がなかった", "no answer"),
    };

    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Value.EffectiveFrom);

    public async Task<EmailReceipt> SendAsync(RecontactDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var locale = Locales.IsSupported(digest.OwnerLocale) ? digest.OwnerLocale : Locales.Japanese;
        var model = Model(digest, locale);
        var content = await renderer.RenderAsync(TemplateName, locale, model).ConfigureAwait(false);
        var email = new OutgoingEmail
        {
            MessageKey = digest.Key,
            From = new Mailbox(_from.Address, HeaderText.SingleLine(_from.Name)),
            To = new Mailbox(digest.OwnerEmail, HeaderText.SingleLine(digest.OwnerName)),
            Subject = content.Subject,
            PlainText = content.PlainText,
            Html = content.Html,
        };
        var receipt = await transport.SendAsync(email, cancellationToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var recipient = AddressMask.Mask(digest.OwnerEmail);
            LogSent(recipient, digest.Due.Count, transport.Name, receipt.WasDuplicate);
        }

        return receipt;
    }

    private DigestModel Model(RecontactDigest digest, string locale)
    {
        var format = LocalizedFormat.For(locale, digest.TimeZone);
        var baseUri = links.Value.BaseUri;
        var day = new DateTimeOffset(digest.Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return new DigestModel
        {
            Company = EmailModelFactory.CompanyName(options.Value, _from),
            RecipientName = digest.OwnerName,
            Day = format.DateOnly(day),
            Count = digest.Due.Count,
            NewCaseUrl = new Uri(baseUri, "api/form").AbsoluteUri,
            ConsoleUrl = new Uri(baseUri, "api/admin").AbsoluteUri,
            Candidates = digest.Due.Select(c => new DigestCandidateModel(
                c.Entry.CandidateName,
                c.Entry.CandidateEmail,
                string.Join(locale == Locales.English ? ", " : "、", c.Entry.Tags.Select(t => Reason(t, locale))),
                c.Entry.RecontactAt is { } at ? format.DateOnly(at) : string.Empty,
                format.DateOnly(c.Entry.AddedAt),
                EmailModelFactory.StatusUri(links.Value, c.Entry.SourceInterviewId),
                c.Entry.Profiles.Select(p => new ProfileModel(p.Network, p.Url)).ToList())).ToList(),
        };
    }

    private static string Reason(string tag, string locale) =>
        Reasons.TryGetValue(tag, out var reason) ? (locale == Locales.English ? reason.En : reason.Ja) : tag;

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-contact digest to {Recipient} with {Count} candidates handed to {Transport} (duplicate: {WasDuplicate})")]
    private partial void LogSent(string recipient, int count, string transport, bool wasDuplicate);
}
