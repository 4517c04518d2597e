using Microsoft.Extensions.Options;

namespace FollowUp.Api.Inbound;

internal sealed class InboundEmailOptionsValidator : IValidateOptions<InboundEmailOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundEmailOptions options) =>
        (options.SigningSecret?.Trim().Length ?? 0) >= InboundEmailOptions.MinimumSecretLength
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{InboundEmailOptions.SigningSecretKey} is required: a random secret of at least {InboundEmailOptions.MinimumSecretLength} characters, shared with the inbound mail webhook that signs POST /api/inbound-email.");
}
