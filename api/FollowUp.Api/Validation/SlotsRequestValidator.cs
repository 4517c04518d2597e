using FluentValidation;
using FollowUp.Api.Requests;

namespace FollowUp.Api.Validation;

/// <summary>The body of <c>PUT /api/interviews/{id}/slots</c>; whether the case may offer slots is the domain service's call.</summary>
public sealed class SlotsRequestValidator : AbstractValidator<SlotsRequest>
{
    public SlotsRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        this.AddSlotRules(r => r.Slots, clock, required: true);
    }
}
