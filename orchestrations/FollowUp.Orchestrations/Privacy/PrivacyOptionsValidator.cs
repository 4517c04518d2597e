using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Privacy;

internal sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options) =>
        (options?.AddressHashKey?.Trim().Length ?? 0) >= PrivacyOptions.MinimumKeyLength
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PrivacyOptions.AddressHashKeyKey} (or, unset, {PrivacyOptions.FallbackKeyKey}) is required: a random secret of at least {PrivacyOptions.MinimumKeyLength} characters that keys the hashes of erased candidates' addresses.");
}
