using System.Text.RegularExpressions;

namespace FollowUp.Storage;

/// <summary>The tables FollowUp keeps, named after the prefix that lets tests and environments share an account.</summary>
public static partial class TableStorageNames
{
    public const string DefaultPrefix = "FollowUp";

    public const string Interviews = "Interviews";
    public const string TalentPool = "TalentPool";
    public const string Retrospectives = "Retrospectives";
    public const string Timeline = "Timeline";
    public const string InboundMessages = "InboundMessages";
    public const string WebhookTokens = "WebhookTokens";
    public const string Cases = "Cases";
    public const string Digests = "Digests";
    public const string Erasures = "Erasures";
    public const string Slots = "Slots";

    /// <summary>
    /// Table names are 3–63 letters and digits starting with a letter; the longest suffix is 15
    /// characters, so the prefix may have up to 48.
    /// </summary>
    public static void ThrowIfInvalidPrefix(string prefix)
    {
        if (prefix is null || !PrefixPattern().IsMatch(prefix))
        {
            throw new ArgumentException(
                $"The table prefix '{prefix}' (FollowUp:Storage:TablePrefix) must be 1 to 48 letters or digits, starting with a letter.",
                nameof(prefix));
        }
    }

    /// <summary>Blob container names: 3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.</summary>
    public static void ThrowIfInvalidContainer(string container)
    {
        if (container is null || !ContainerPattern().IsMatch(container) || container.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The container name '{container}' (FollowUp:Storage:VoiceContainer) must be 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.",
                nameof(container));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,47}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
