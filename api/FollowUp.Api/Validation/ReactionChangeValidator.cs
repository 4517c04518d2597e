using FluentValidation;
using FollowUp.Api.Requests;

namespace FollowUp.Api.Validation;

/// <summary>
/// The body of <c>POST /api/interviews/{id}/reaction</c>: the branch fields, checked as in a report.
/// Whether a change to considering has feedback depends on the case, so the domain service decides it.
/// </summary>
public sealed class ReactionChangeValidator : AbstractValidator<ReactionChangeRequest>
{
    public ReactionChangeValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Reaction).Reaction();
        RuleFor(r => r.NextInterview!).SetValidator(new NextInterviewValidator(clock));
        RuleFor(r => r.Feedback!).SetValidator(new FeedbackValidator());

        // A recording travels with the first report, whose intake turns it into the case's listening link.
        RuleFor(r => r.Feedback!.VoiceRecordingId)
            .Null().WithMessage("A recorded message goes with the report of the interview; on a new reaction give a link (voiceUrl).")
            .OverridePropertyName("feedback.voiceRecordingId")
            .When(r => r.Feedback is not null);
    }
}
