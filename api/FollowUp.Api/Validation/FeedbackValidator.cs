using System.Linq.Expressions;
using FluentValidation;
using FollowUp.Api.Requests;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Api.Validation;

public sealed class FeedbackValidator : AbstractValidator<FeedbackRequest>
{
    public FeedbackValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Items(f => f.Positive);
        Items(f => f.Improve);
        Items(f => f.Prepare);
        RuleFor(f => f.VoiceUrl).HttpsUrl().When(f => f.VoiceUrl is not null);
        RuleFor(f => f.VoiceRecordingId)
            .Must(VoiceRecordingIds.IsWellFormed).WithMessage("Must be the recordingId the voice upload answered.")
            .When(f => f.VoiceRecordingId is not null);
        RuleFor(f => f.VoiceRecordingId).Null().WithMessage("Give either a recorded message (voiceRecordingId) or a link (voiceUrl), not both.")
            .When(f => f.VoiceUrl is not null);
        RuleFor(f => f.NextStepWith).RequiredText(ReportLimits.MaxNameLength).When(f => f.NextStepWith is not null);
    }

    /// <summary>Enough for a considering email (<see cref="InterviewFeedback.IsEnoughForConsidering"/>), counting only items that carry text.</summary>
    public static bool IsEnoughForConsidering(FeedbackRequest? feedback) =>
        feedback is not null
        && (feedback.VoiceUrl is not null || feedback.VoiceRecordingId is not null
            || InterviewFeedback.IsEnoughInWriting(Count(feedback.Positive), Count(feedback.Improve) + Count(feedback.Prepare)));

    private static int Count(IReadOnlyList<string>? items) => items?.Count(i => !string.IsNullOrWhiteSpace(i)) ?? 0;

    private void Items(Expression<Func<FeedbackRequest, IReadOnlyList<string>?>> list)
    {
        var items = list.Compile();
        RuleFor(list).Must(given => given is null || given.Count <= ReportLimits.MaxFeedbackItems).WithMessage($"At most {ReportLimits.MaxFeedbackItems} items.");

        // Items of an over-long list are not checked one by one: the list is refused as a whole.
        var each = Expression.Lambda<Func<FeedbackRequest, IEnumerable<string>>>(list.Body, list.Parameters);
        RuleForEach(each)
            .Must(item => !string.IsNullOrWhiteSpace(item)).WithMessage("Must not be empty.")
            .Must(item => item.Length <= ReportLimits.MaxFeedbackItemLength).WithMessage($"At most {ReportLimits.MaxFeedbackItemLength} characters.")
            .When(f => items(f) is not { Count: > ReportLimits.MaxFeedbackItems });
    }
}
