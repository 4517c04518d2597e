using FluentValidation;
using FollowUp.Api.Requests;

namespace FollowUp.Api.Validation;

public sealed class OwnerValidator : AbstractValidator<OwnerRequest>
{
    public OwnerValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(o => o.Name).RequiredText(ReportLimits.MaxNameLength);
        RuleFor(o => o.Email).EmailAddress();
        RuleFor(o => o.Locale).Locale();
        RuleFor(o => o.TimeZone).KnownTimeZone().When(o => o.TimeZone is not null);
    }
}
