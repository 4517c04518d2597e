using FluentValidation;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Api.Validation;

public static class ReactionRules
{
    private static readonly string Choices = string.Join(", ", ReactionNames.All);

    /// <summary>One of the four reactions, spelt as the contract spells them.</summary>
    public static IRuleBuilderOptions<T, string?> Reaction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage($"Required: one of {Choices}.")
            .Must(value => ReactionNames.TryParse(value, out _)).WithMessage((_, value) => $"'{value}' is not a reaction; use one of {Choices}.");
}
