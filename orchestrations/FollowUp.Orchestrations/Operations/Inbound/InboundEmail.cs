namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>An inbound reply that passed validation: every required field present.</summary>
public sealed record InboundEmail(
    string MessageId,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string Text,
    InboundHeaders Headers)
{
    /// <summary>Where the reply token may be: the visible recipients and the envelope recipients a relay recorded.</summary>
    public IEnumerable<string> Recipients =>
        To.Concat(Headers.All("Delivered-To")).Concat(Headers.All("X-Original-To"));
}
