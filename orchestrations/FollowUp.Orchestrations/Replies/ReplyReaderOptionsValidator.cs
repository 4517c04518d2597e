using FollowUp.Orchestrations.Policy;
using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Checks <c>FollowUp:Replies:Model</c> at start-up and names the key at fault. The API key's value is
/// never repeated in a message: start-up failures end up in logs.
/// </summary>
public sealed class ReplyReaderOptionsValidator : IValidateOptions<ReplyReaderOptions>
{
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(2);

    public ValidateOptionsResult Validate(string? name, ReplyReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var key = ReplyReaderOptions.SectionName;

        if (!IsoDuration.TryParse(options.Timeout, out var timeout) || timeout.Years != 0 || timeout.Months != 0 || timeout.Days != 0
            || timeout.Time <= TimeSpan.Zero || timeout.Time > MaxTimeout)
        {
            failures.Add($"{key}:{nameof(options.Timeout)} = '{options.Timeout}' must be an ISO 8601 time such as PT10S, longer than zero and at most PT2M.");
        }

        var anyGiven = new[] { options.Endpoint, options.Deployment, options.Model, options.ApiKey }.Any(v => !string.IsNullOrWhiteSpace(v));
        if (!anyGiven)
        {
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add($"{key}:{nameof(options.Endpoint)} is required once any {key} setting is given (or remove them all to read replies with the rules alone).");
        }
        else if (!Uri.TryCreate(options.Endpoint.Trim(), UriKind.Absolute, out var endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
        {
            // Plain http only to a model on this machine: a reply is personal data and the key travels with it.
            failures.Add($"{key}:{nameof(options.Endpoint)} = '{options.Endpoint}' must be an absolute https:// address (http:// only for localhost).");
        }

        if (options.ModelId is null)
        {
            failures.Add($"{key}:{nameof(options.Deployment)} (or {key}:{nameof(options.Model)}) is required: the deployment or model that reads replies.");
        }
        else if (!string.IsNullOrWhiteSpace(options.Deployment) && !string.IsNullOrWhiteSpace(options.Model)
            && !string.Equals(options.Deployment.Trim(), options.Model.Trim(), StringComparison.Ordinal))
        {
            failures.Add($"{key}:{nameof(options.Deployment)} = '{options.Deployment}' and {key}:{nameof(options.Model)} = '{options.Model}' differ; give one of them.");
        }

        if (options.ApiKey is { } apiKey && apiKey.Length > 0 && string.IsNullOrWhiteSpace(apiKey))
        {
            failures.Add($"{key}:{nameof(options.ApiKey)} is blank; remove it to use a managed identity.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
