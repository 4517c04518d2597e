using FluentValidation.Results;

namespace FollowUp.Api.Validation;

/// <summary>FluentValidation's failures as the contract's <c>errors</c> map, keyed by JSON field path.</summary>
public static class ValidationErrors
{
    public static void AddTo(this ValidationResult result, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var failure in result.Errors)
        {
            errors.Add(FieldPath(failure.PropertyName), failure.ErrorMessage);
        }
    }

    /// <summary><c>Candidate.Profiles[0].Url</c> → <c>candidate.profiles[0].url</c>: the names as the JSON body spells them.</summary>
    public static string FieldPath(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        return propertyName.Length == 0
            ? "$"
            : string.Join('.', propertyName.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
    }
}
