using FluentValidation;
using FollowUp.Api.Requests;

namespace FollowUp.Api.Validation;

public sealed class NextInterviewValidator : AbstractValidator<NextInterviewRequest>
{
    public NextInterviewValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(n => n.StartsAt)
            .NotNull().WithMessage("Required when a next interview is given.")
            .Must(startsAt => startsAt > clock.GetUtcNow()).WithMessage("Must be in the future.")
            .Must(startsAt => startsAt <= clock.GetUtcNow() + ReportLimits.MaxNextInterviewAhead).WithMessage($"Must be within {ReportLimits.MaxNextInterviewAhead.TotalDays:0} days (check the year).");
        RuleFor(n => n.DurationMinutes)
            .Must(minutes => (minutes ?? ReportLimits.DefaultDurationMinutes) is >= ReportLimits.MinDurationMinutes and <= ReportLimits.MaxDurationMinutes)
            .WithMessage($"Must be between {ReportLimits.MinDurationMinutes} and {ReportLimits.MaxDurationMinutes}.");
        RuleFor(n => n.With).RequiredText(ReportLimits.MaxShortTextLength);
        RuleFor(n => n.Location).RequiredText(ReportLimits.MaxShortTextLength);
    }
}
