using Microsoft.Extensions.Options;

namespace FollowUp.Email.Configuration;

internal sealed class TokenOptionsValidator : IValidateOptions<TokenOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenOptions options) =>
        (options.SigningKey?.Trim().Length ?? 0) >= TokenOptions.MinimumKeyLength
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{TokenOptions.SigningKeyKey} is required: a random secret of at least {TokenOptions.MinimumKeyLength} characters (it signs reply and opt-out tokens).");
}
