using Microsoft.Extensions.Options;

namespace FollowUp.Email.Configuration;

internal sealed class TokenOptionsValidator : IValidateOptions<TokenOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsLongEnough(options.SigningKey))
        {
            failures.Add($"{TokenOptions.SigningKeyKey} is required: a random secret of at least {TokenOptions.MinimumKeyLength} characters (it signs reply and opt-out tokens).");
        }

        for (var i = 0; i < options.PreviousSigningKeys.Count; i++)
        {
            // A truncated copy of the old key would verify nothing, and replies would be lost silently.
            if (!IsLongEnough(options.PreviousSigningKeys[i]))
            {
                failures.Add($"{TokenOptions.PreviousSigningKeysKey}:{i} is shorter than {TokenOptions.MinimumKeyLength} characters: copy the whole previous key, or remove the entry.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLongEnough(string? key) => (key?.Trim().Length ?? 0) >= TokenOptions.MinimumKeyLength;
}
