using Microsoft.Extensions.Options;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// <c>FollowUp:Replies</c>: whether a read reply moves a case by itself. Copied into each case's
/// policy when it is reported, like the rest of the playbook's settings.
/// </summary>
public sealed class ReplyHandlingOptions
{
    public const string SectionName = "FollowUp:Replies";

    public bool AutoApply { get; set; } = Policy.PolicyDefaults.ReplyAutoApply;

    public double MinConfidence { get; set; } = Policy.PolicyDefaults.ReplyMinConfidence;
}

/// <summary>A confidence outside 0..1 would silently mean "always" or "never".</summary>
public sealed class ReplyHandlingOptionsValidator : IValidateOptions<ReplyHandlingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReplyHandlingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MinConfidence is >= 0 and <= 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ReplyHandlingOptions.SectionName}:{nameof(options.MinConfidence)} = {options.MinConfidence} must be between 0 and 1.");
    }
}
