using FluentValidation;
using FollowUp.Api.Requests;

namespace FollowUp.Api.Validation;

public sealed class ProfileValidator : AbstractValidator<ProfileRequest>
{
    public ProfileValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Network).RequiredText(ReportLimits.MaxNameLength);
        RuleFor(p => p.Url).HttpsUrl();
    }
}
