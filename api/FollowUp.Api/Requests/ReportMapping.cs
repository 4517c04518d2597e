using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Api.Requests;

/// <summary>
/// A request that passed validation, as the domain's records: text trimmed, defaults filled in.
/// Called only after validation, so the null-forgiving reads below are safe.
/// </summary>
public static class ReportMapping
{
    public static InterviewReport ToReport(this InterviewReportRequest request, string generatedId, FollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        var candidate = request.Candidate!;
        var owner = request.Owner!;
        return new InterviewReport
        {
            InterviewId = request.InterviewId ?? generatedId,
            InterviewedAt = request.InterviewedAt!.Value,
            Reaction = ReactionNames.Parse(request.Reaction),
            Candidate = new CandidateInfo
            {
                Name = candidate.Name!.Trim(),
                Email = candidate.Email!.Trim(),
                Locale = candidate.Locale ?? Locales.Japanese,
                TimeZone = candidate.TimeZone ?? policy.DefaultTimeZone,
                Profiles = (candidate.Profiles ?? []).Select(p => new SocialProfile(p.Network!.Trim(), new Uri(p.Url!).ToString())).ToList(),
            },
            Owner = new OwnerInfo { Name = owner.Name!.Trim(), Email = owner.Email!.Trim(), Locale = owner.Locale ?? Locales.Japanese, TimeZone = owner.TimeZone ?? policy.DefaultTimeZone },
            NextInterview = request.NextInterview?.ToNextInterview(),
            Feedback = request.Feedback?.ToFeedback(),
            ContactTimeline = (request.ContactTimeline ?? [])
                .Select(e => new ContactEvent(e.At!.Value, e.Direction == "candidate" ? ContactDirection.Candidate : ContactDirection.Company, e.Channel!.Trim()))
                .ToList(),
            Slots = request.Slots.ToSlots(),
        };
    }

    public static IReadOnlyList<InterviewSlot> ToSlots(this IReadOnlyList<NextInterviewRequest>? slots) =>
        (slots ?? []).Select(s => s.ToNextInterview()).Select(n => new InterviewSlot { StartsAt = n.StartsAt, DurationMinutes = n.DurationMinutes, With = n.With, Location = n.Location }).ToList();

    public static ReactionChange ToReactionChange(this ReactionChangeRequest request, DateTimeOffset reportedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ReactionChange
        {
            Reaction = ReactionNames.Parse(request.Reaction),
            NextInterview = request.NextInterview?.ToNextInterview(),
            Feedback = request.Feedback?.ToFeedback(),
            ReportedAt = reportedAt,
        };
    }

    private static NextInterview ToNextInterview(this NextInterviewRequest request) => new()
    {
        StartsAt = request.StartsAt!.Value,
        DurationMinutes = request.DurationMinutes ?? Validation.ReportLimits.DefaultDurationMinutes,
        With = request.With!.Trim(),
        Location = request.Location!.Trim(),
    };

    private static InterviewFeedback ToFeedback(this FeedbackRequest request) => new()
    {
        Positive = Trimmed(request.Positive),
        Improve = Trimmed(request.Improve),
        Prepare = Trimmed(request.Prepare),
        VoiceUrl = request.VoiceUrl is null ? null : new Uri(request.VoiceUrl),
        VoiceRecordingId = request.VoiceRecordingId,
        NextStepWith = request.NextStepWith?.Trim(),
    };

    private static List<string> Trimmed(IReadOnlyList<string>? items) => (items ?? []).Select(i => i.Trim()).ToList();
}
