using FluentValidation;
using FollowUp.Api.Requests;

namespace FollowUp.Api.Validation;

public sealed class ContactEventValidator : AbstractValidator<ContactEventRequest>
{
    public static IReadOnlyList<string> Directions { get; } = ["candidate", "company"];

    public ContactEventValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(e => e.At).NotNull().WithMessage("Required.");
        RuleFor(e => e.Direction).Must(d => Directions.Contains(d)).WithMessage("Use candidate or company.");
        RuleFor(e => e.Channel).RequiredText(ReportLimits.MaxNameLength);
    }
}
