using System.Net.Mail;
using System.Text.RegularExpressions;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Intake;

/// <summary>
/// Turns a submitted report into an <see cref="InterviewReport"/> or a complete list of field errors:
/// every problem at once, so the interviewer fixes the form in one pass.
/// </summary>
public sealed partial class InterviewReportValidator(TimeProvider clock, FollowUpPolicy policy)
{
    public static IReadOnlyList<string> ReactionNames { get; } = ["proceed", "considering", "undecided", "declined"];

    public InterviewReport? Validate(InterviewReportRequest request, string generatedId, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var now = clock.GetUtcNow();

        var interviewId = request.InterviewId ?? generatedId;
        if (!InterviewIdPattern().IsMatch(interviewId))
        {
            errors.Add("interviewId", "Use 1 to 64 letters, digits, '-' or '_'.");
        }

        if (request.InterviewedAt is not { } interviewedAt)
        {
            errors.Add("interviewedAt", "Required: when the interview took place, with its UTC offset.");
        }
        else if (interviewedAt > now + ReportLimits.ClockSkew)
        {
            errors.Add("interviewedAt", "Is in the future; report an interview after it took place.");
        }

        var reaction = ParseReaction(request.Reaction, "reaction", errors);
        var candidate = ValidateCandidate(request.Candidate, errors);
        var owner = ValidateOwner(request.Owner, errors);
        var next = request.NextInterview is null ? null : ValidateNextInterview(request.NextInterview, now, errors);
        var feedback = request.Feedback is null ? null : ValidateFeedback(request.Feedback, "feedback", errors);
        var timeline = ValidateTimeline(request.ContactTimeline, errors);
        if (reaction == Reaction.Considering && !HasFeedback(feedback))
        {
            // The considering email exists to carry feedback; without any there is nothing to send.
            errors.Add("feedback", FeedbackRequiredMessage);
        }

        if (!errors.IsEmpty || candidate is null || owner is null || reaction is null)
        {
            return null;
        }

        return new InterviewReport
        {
            InterviewId = interviewId,
            InterviewedAt = request.InterviewedAt!.Value,
            Reaction = reaction.Value,
            Candidate = candidate,
            Owner = owner,
            NextInterview = next,
            Feedback = feedback,
            ContactTimeline = timeline,
        };
    }

    public const string FeedbackRequiredMessage = "Required for considering: what went well, what to work on or what to prepare (or a voice message link).";

    public static bool HasFeedback(InterviewFeedback? feedback) =>
        feedback is not null && (feedback.Positive.Count > 0 || feedback.Improve.Count > 0 || feedback.Prepare.Count > 0 || feedback.VoiceUrl is not null);

    public static Reaction? ParseReaction(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"Required: one of {string.Join(", ", ReactionNames)}.");
            return null;
        }

        var index = ReactionNames.ToList().IndexOf(value);
        if (index < 0)
        {
            errors.Add(field, $"'{value}' is not a reaction; use one of {string.Join(", ", ReactionNames)}.");
            return null;
        }

        return (Reaction)index;
    }

    public static NextInterview? ValidateNextInterview(NextInterviewRequest request, DateTimeOffset now, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        if (request.StartsAt is not { } startsAt)
        {
            errors.Add("nextInterview.startsAt", "Required when a next interview is given.");
        }
        else if (startsAt <= now)
        {
            errors.Add("nextInterview.startsAt", "Must be in the future.");
        }

        var duration = request.DurationMinutes ?? 60;
        if (duration is < ReportLimits.MinDurationMinutes or > ReportLimits.MaxDurationMinutes)
        {
            errors.Add("nextInterview.durationMinutes", $"Must be between {ReportLimits.MinDurationMinutes} and {ReportLimits.MaxDurationMinutes}.");
        }

        var with = RequiredText(request.With, "nextInterview.with", ReportLimits.MaxShortTextLength, errors);
        var location = RequiredText(request.Location, "nextInterview.location", ReportLimits.MaxShortTextLength, errors);
        if (request.StartsAt is null || with is null || location is null)
        {
            return null;
        }

        return new NextInterview { StartsAt = request.StartsAt.Value, DurationMinutes = duration, With = with, Location = location };
    }

    public static InterviewFeedback ValidateFeedback(FeedbackRequest request, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        return new InterviewFeedback
        {
            Positive = TextList(request.Positive, $"{field}.positive", errors),
            Improve = TextList(request.Improve, $"{field}.improve", errors),
            Prepare = TextList(request.Prepare, $"{field}.prepare", errors),
            VoiceUrl = request.VoiceUrl is null ? null : HttpsUrl(request.VoiceUrl, $"{field}.voiceUrl", errors),
        };
    }

    private CandidateInfo? ValidateCandidate(CandidateRequest? request, FieldErrors errors)
    {
        if (request is null)
        {
            errors.Add("candidate", "Required: the candidate's name and email.");
            return null;
        }

        var name = RequiredText(request.Name, "candidate.name", ReportLimits.MaxNameLength, errors);
        var email = Email(request.Email, "candidate.email", errors);
        var locale = Locale(request.Locale, "candidate.locale", errors);

        var timeZone = request.TimeZone ?? policy.DefaultTimeZone;
        if (ZonedTime.FindZone(timeZone) is null)
        {
            errors.Add("candidate.timeZone", $"'{timeZone}' is not a known time zone; use an IANA id such as Asia/Tokyo.");
        }

        var profiles = new List<SocialProfile>();
        var given = request.Profiles ?? [];
        if (given.Count > ReportLimits.MaxProfiles)
        {
            errors.Add("candidate.profiles", $"At most {ReportLimits.MaxProfiles} profiles.");
        }

        for (var i = 0; i < given.Count; i++)
        {
            var network = RequiredText(given[i].Network, $"candidate.profiles[{i}].network", ReportLimits.MaxNameLength, errors);
            var url = HttpsUrl(given[i].Url, $"candidate.profiles[{i}].url", errors);
            if (network is not null && url is not null)
            {
                profiles.Add(new SocialProfile(network, url.ToString()));
            }
        }

        return name is null || email is null
            ? null
            : new CandidateInfo { Name = name, Email = email, Locale = locale, TimeZone = timeZone, Profiles = profiles };
    }

    private static OwnerInfo? ValidateOwner(OwnerRequest? request, FieldErrors errors)
    {
        if (request is null)
        {
            errors.Add("owner", "Required: who at the company owns this follow-up (name and email).");
            return null;
        }

        var name = RequiredText(request.Name, "owner.name", ReportLimits.MaxNameLength, errors);
        var email = Email(request.Email, "owner.email", errors);
        var locale = Locale(request.Locale, "owner.locale", errors);
        return name is null || email is null ? null : new OwnerInfo { Name = name, Email = email, Locale = locale };
    }

    private static List<ContactEvent> ValidateTimeline(IReadOnlyList<ContactEventRequest>? events, FieldErrors errors)
    {
        var result = new List<ContactEvent>();
        if (events is null)
        {
            return result;
        }

        if (events.Count > ReportLimits.MaxContactEvents)
        {
            errors.Add("contactTimeline", $"At most {ReportLimits.MaxContactEvents} entries.");
            return result;
        }

        for (var i = 0; i < events.Count; i++)
        {
            var field = $"contactTimeline[{i}]";
            if (events[i].At is null)
            {
                errors.Add($"{field}.at", "Required.");
            }

            ContactDirection? direction = events[i].Direction switch
            {
                "candidate" => ContactDirection.Candidate,
                "company" => ContactDirection.Company,
                _ => null,
            };
            if (direction is null)
            {
                errors.Add($"{field}.direction", "Use candidate or company.");
            }

            var channel = RequiredText(events[i].Channel, $"{field}.channel", ReportLimits.MaxNameLength, errors);
            if (events[i].At is { } at && direction is { } d && channel is not null)
            {
                result.Add(new ContactEvent(at, d, channel));
            }
        }

        return result;
    }

    private static string? RequiredText(string? value, string field, int maxLength, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
            return null;
        }

        if (trimmed.Any(char.IsControl))
        {
            errors.Add(field, "Must be a single line without control characters.");
            return null;
        }

        return trimmed;
    }

    private static string? Email(string? value, string field, FieldErrors errors)
    {
        var text = RequiredText(value, field, ReportLimits.MaxEmailLength, errors);
        if (text is null)
        {
            return null;
        }

        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(field, $"'{text}' is not an email address.");
            return null;
        }

        return text;
    }

    private static string Locale(string? value, string field, FieldErrors errors)
    {
        if (value is null)
        {
            return Locales.Japanese;
        }

        if (!Locales.IsSupported(value))
        {
            errors.Add(field, $"'{value}' is not supported; use {string.Join(" or ", Locales.Supported)}.");
        }

        return value;
    }

    private static List<string> TextList(IReadOnlyList<string>? items, string field, FieldErrors errors)
    {
        var result = new List<string>();
        if (items is null)
        {
            return result;
        }

        if (items.Count > ReportLimits.MaxFeedbackItems)
        {
            errors.Add(field, $"At most {ReportLimits.MaxFeedbackItems} items.");
            return result;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]))
            {
                errors.Add($"{field}[{i}]", "Must not be empty.");
            }
            else if (items[i].Length > ReportLimits.MaxFeedbackItemLength)
            {
                errors.Add($"{field}[{i}]", $"At most {ReportLimits.MaxFeedbackItemLength} characters.");
            }
            else
            {
                result.Add(items[i].Trim());
            }
        }

        return result;
    }

    private static Uri? HttpsUrl(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
            return null;
        }

        if (value.Length > ReportLimits.MaxUrlLength
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add(field, "Must be an https:// URL.");
            return null;
        }

        return uri;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex InterviewIdPattern();
}
