using System.Linq.Expressions;
using FluentValidation;
using FollowUp.Api.Requests;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Scheduling;

namespace FollowUp.Api.Validation;

/// <summary>A list of slots: 1 to 10, each checked like a next interview, no slot twice.</summary>
public static class SlotListRules
{
    public const string WrongBranchMessage = "Slots are for proceed without nextInterview, or considering: with a date there is nothing to pick, and the other reactions book nothing.";

    /// <param name="required">The slots route needs them; in a report they are optional.</param>
    public static void AddSlotRules<T>(this AbstractValidator<T> validator, Expression<Func<T, IReadOnlyList<NextInterviewRequest>?>> slots, TimeProvider clock, bool required)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(slots);
        var read = slots.Compile();
        validator.RuleFor(slots)
            .Must(list => list is { Count: >= 1 and <= SlotRules.MaxSlots }).WithMessage($"Give 1 to {SlotRules.MaxSlots} slots.")
            .Must(list => list!.Where(s => s?.StartsAt is not null && s.With is not null)
                .GroupBy(s => InterviewSlot.IdOf(s.StartsAt!.Value, s.With!)).All(g => g.Count() == 1))
            .WithMessage("The same time with the same person is given twice.")
            .When(r => required || read(r) is not null);
        var each = Expression.Lambda<Func<T, IEnumerable<NextInterviewRequest>>>(slots.Body, slots.Parameters);
        validator.RuleForEach(each)
            .NotNull().WithMessage("A slot must be an object.")
            .SetValidator(new NextInterviewValidator(clock))
            .When(r => read(r) is { Count: <= SlotRules.MaxSlots });
    }
}
