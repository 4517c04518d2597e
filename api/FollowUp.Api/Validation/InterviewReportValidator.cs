using FluentValidation;
using FollowUp.Api.Requests;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Scheduling;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Api.Validation;

/// <summary>
/// The report of <c>POST /api/interviews</c>, rule by rule as the README's field table describes it.
/// Every problem is reported at once, so the interviewer fixes the form in one pass.
/// </summary>
public sealed class InterviewReportValidator : AbstractValidator<InterviewReportRequest>
{
    public const string FeedbackRequiredMessage =
        "Not enough for considering: the email gives the candidate feedback in parts, so give at least one thing that went well (positive) "
        + "and one thing to work on or prepare (improve or prepare), or a voice message link (voiceUrl).";

    public InterviewReportValidator(TimeProvider clock, FollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(r => r.InterviewId)
            .Matches(ReportLimits.InterviewIdPattern).WithMessage("Use 1 to 64 letters, digits, '-' or '_'.")
            .When(r => r.InterviewId is not null);
        RuleFor(r => r.InterviewedAt)
            .NotNull().WithMessage("Required: when the interview took place, with its UTC offset.")
            .Must(at => at <= clock.GetUtcNow() + ReportLimits.ClockSkew).WithMessage("Is in the future; report an interview after it took place.")
            .Must(at => at >= clock.GetUtcNow() - ReportLimits.MaxReportAge).WithMessage($"Is more than {ReportLimits.MaxReportAge.TotalDays:0} days ago; report an interview within a month of it (check the year).");
        RuleFor(r => r.Reaction).Reaction();
        RuleFor(r => r.Candidate!)
            .NotNull().WithMessage("Required: the candidate's name and email.")
            .SetValidator(new CandidateValidator(policy));
        RuleFor(r => r.Owner!)
            .NotNull().WithMessage("Required: who at the company owns this follow-up (name and email).")
            .SetValidator(new OwnerValidator());
        RuleFor(r => r.NextInterview!).SetValidator(new NextInterviewValidator(clock));
        RuleFor(r => r.Feedback!).SetValidator(new FeedbackValidator());

        // A recording is uploaded to an interview id before the report exists; the report must name that id.
        RuleFor(r => r.Feedback!.VoiceRecordingId)
            .Null().WithMessage("A recorded message belongs to the interview id it was uploaded to: give that interviewId.")
            .OverridePropertyName("feedback.voiceRecordingId")
            .When(r => r.InterviewId is null && r.Feedback is not null);

        // The considering email exists to carry feedback; without any there is nothing to send.
        RuleFor(r => r.Feedback)
            .Must(FeedbackValidator.IsEnoughForConsidering).WithMessage(FeedbackRequiredMessage)
            .When(r => r.Reaction == "considering");

        this.AddSlotRules(r => r.Slots, clock, required: false);
        RuleFor(r => r.Slots)
            .Must((r, _) => !ReactionNames.TryParse(r.Reaction, out var reaction) || SlotRules.Accepts(reaction, r.NextInterview is not null))
            .WithMessage(SlotListRules.WrongBranchMessage)
            .When(r => r.Slots is not null);

        RuleFor(r => r.ContactTimeline)
            .Must(events => events is null || events.Count <= ReportLimits.MaxContactEvents).WithMessage($"At most {ReportLimits.MaxContactEvents} entries.");
        RuleForEach(r => r.ContactTimeline)
            .SetValidator(new ContactEventValidator())
            .When(r => r.ContactTimeline is not { Count: > ReportLimits.MaxContactEvents });
    }
}
