using FollowUp.Email.Configuration;
using FollowUp.Email.Rendering.Model;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Retrospectives;

namespace FollowUp.Email.Rendering;

/// <summary>Turns an order into the merge fields of its template, formatted for the recipient.</summary>
internal static class EmailModelFactory
{
    private const string StatusPath = "api/interviews/";
    private const string RetrySuffix = "/retry";
    private const string ConfirmDateSuffix = "/confirm-date";

    public static EmailModel Create(EmailOrder order, string locale, string company, PublicLinkOptions links, Uri? optOutLink)
    {
        var report = order.Report;
        // Each reader sees times in their own zone: the owner's when the report gave one.
        var format = LocalizedFormat.For(locale, order.IsForCandidate ? report.Candidate.TimeZone : report.Owner.TimeZone ?? report.Candidate.TimeZone);
        var recipient = order.IsForCandidate ? report.Candidate.Name : report.Owner.Name;

        return new EmailModel
        {
            Company = company,
            RecipientName = recipient,
            Candidate = new PersonModel(report.Candidate.Name, report.Candidate.Email),
            Owner = new PersonModel(report.Owner.Name, report.Owner.Email),
            Interview = new InterviewModel(report.InterviewId, format.DateTime(report.InterviewedAt), report.Reaction.ToString().ToLowerInvariant()),
            NextInterview = report.NextInterview is { } next ? NextInterview(next, format) : null,
            CancelledInterview = order.Details.CancelledInterview is { } cancelled ? NextInterview(cancelled, format) : null,
            Rescheduled = order.Details.Rescheduled,
            Feedback = Feedback(report.Feedback),
            Reply = order.Details.Reply is { } reply
                ? new ReplyModel(
                    reply.Subject,
                    reply.Text,
                    format.DateTime(reply.ReceivedAt),
                    reply.Reading is { } reading ? ReplyWords.Reading(reading, locale) : null,
                    reply.Reading is not null && order.Details.ReplyOutcome is { } outcome ? ReplyWords.Done(outcome, locale) : null)
                : null,
            Retrospective = order.Details.Retrospective is { } retrospective ? Retrospective(retrospective, format) : null,
            Failure = order.Details.FailedKind is { } failed && order.Kind != EmailKind.OwnerStepStuck
                ? new FailureModel(failed.ToString(), EmailKindNames.For(failed, locale), order.Details.FailureReason ?? EmailKindNames.NoReason(locale))
                : null,
            StuckStep = order.Kind == EmailKind.OwnerStepStuck && order.Details is { FailedStep: { } step, FailingSince: { } since }
                ? new StuckStepModel(
                    step,
                    StepNames.For(step, order.Details.FailedKind, locale),
                    format.DateTime(since),
                    order.Details.FailureReason ?? EmailKindNames.NoReason(locale),
                    StatusUri(links, report.InterviewId) + RetrySuffix)
                : null,
            RecontactAt = order.Details.RecontactAt is { } recontact ? format.DateOnly(recontact) : null,
            Round = order.Details.Round,
            FollowsReply = order.Details.FollowsReply,
            CheckInAt = order.Details.CheckInAt is { } checkIn ? format.DateOnly(checkIn) : null,
            ReminderHeld = order.Details.ReminderHeld,
            ConfirmDateUrl = StatusUri(links, report.InterviewId) + ConfirmDateSuffix,
            RepliedBefore = order.Details.RepliedBefore,
            FirstEmail = order.Details.FirstToCandidate ?? true,
            InterviewWasToday = SameLocalDay(format, report.InterviewedAt, order.OrderedAt ?? order.ReportedAt ?? report.InterviewedAt),
            Profiles = [.. report.Candidate.Profiles.Select(p => new ProfileModel(p.Network, p.Url))],
            OptOutUrl = optOutLink?.AbsoluteUri,
            StatusUrl = StatusUri(links, report.InterviewId),
        };
    }

    private static bool SameLocalDay(LocalizedFormat format, DateTimeOffset a, DateTimeOffset b) =>
        format.Local(a).Date == format.Local(b).Date;

    internal static string StatusUri(PublicLinkOptions links, string interviewId) =>
        new Uri(links.BaseUri, StatusPath + Uri.EscapeDataString(interviewId)).AbsoluteUri;

    private static NextInterviewModel NextInterview(NextInterview next, LocalizedFormat format) => new(
        format.DateTime(next.StartsAt),
        format.Time(next.EndsAt),
        format.Zone.Id,
        next.DurationMinutes,
        next.With,
        next.Location,
        Uri.TryCreate(next.Location, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp));

    private static FeedbackModel Feedback(InterviewFeedback? feedback) => feedback is null
        ? new FeedbackModel([], [], [], null)
        : new FeedbackModel(feedback.Positive, feedback.Improve, feedback.Prepare, feedback.VoiceUrl?.AbsoluteUri, feedback.NextStepWith);

    private static RetrospectiveModel Retrospective(Retrospective retrospective, LocalizedFormat format) => new(
        retrospective.TimelineKnown,
        [.. retrospective.LateReplies.Select(late => new LateReplyModel(
            format.DateTime(late.CandidateWroteAt),
            format.DateTime(late.CompanyRepliedAt),
            (int)Math.Floor(late.Delay.TotalDays),
            late.Channel,
            late.Unanswered))]);

    /// <summary>The sender's display name, else its domain: better than an empty company name in a sentence.</summary>
    public static string CompanyName(EmailOptions options, MimeKit.MailboxAddress from) =>
        !string.IsNullOrWhiteSpace(options.CompanyName) ? options.CompanyName
        : !string.IsNullOrWhiteSpace(from.Name) ? from.Name
        : from.Domain;
}
