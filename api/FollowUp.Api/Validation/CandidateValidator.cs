using FluentValidation;
using FollowUp.Api.Requests;
using FollowUp.Orchestrations.Policy;

namespace FollowUp.Api.Validation;

public sealed class CandidateValidator : AbstractValidator<CandidateRequest>
{
    public CandidateValidator(FollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Name).RequiredText(ReportLimits.MaxNameLength);
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Locale).Locale();

        // Absent means the policy's zone: the send window must be read in some zone.
        RuleFor(c => c.TimeZone).KnownTimeZone(policy.DefaultTimeZone);

        RuleFor(c => c.Profiles).Must(p => p is null || p.Count <= ReportLimits.MaxProfiles).WithMessage($"At most {ReportLimits.MaxProfiles} profiles.");
        RuleForEach(c => c.Profiles).SetValidator(new ProfileValidator());
    }
}
