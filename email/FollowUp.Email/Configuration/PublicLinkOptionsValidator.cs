using Microsoft.Extensions.Options;

namespace FollowUp.Email.Configuration;

internal sealed class PublicLinkOptionsValidator : IValidateOptions<PublicLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicLinkOptions options) =>
        options.PublicBaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PublicLinkOptions.PublicBaseUrlKey} must be an absolute http(s) URL, e.g. https://followup.example.com.");
}
