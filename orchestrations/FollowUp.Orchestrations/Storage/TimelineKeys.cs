using System.Globalization;

namespace FollowUp.Orchestrations.Storage;

/// <summary>Timeline keys written by more than one service, spelt once.</summary>
public static class TimelineKeys
{
    /// <summary>
    /// A reaction change, by when it was reported: every change its own line, while a request retried
    /// within the same tick lands on the same one.
    /// </summary>
    public static string ReactionChange(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"reaction/{at.UtcTicks:D19}");
}
