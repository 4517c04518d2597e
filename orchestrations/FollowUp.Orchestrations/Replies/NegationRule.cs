using System.Collections.Frozen;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Where a language puts its negation relative to what it negates, how far it reaches, and what a
/// negated intent means: "not … proceed" is a decline, while a negated 「タイミングでは」 stays "not now".
/// </summary>
internal sealed record NegationRule(bool After, int Window, FrozenDictionary<ReplyIntent, ReplyIntent> Turns)
{
    public static NegationRule None { get; } = new(false, 0, FrozenDictionary<ReplyIntent, ReplyIntent>.Empty);
}
