namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>Bounds on an inbound reply: a long thread quoted in full fits, an attachment smuggled in as text does not.</summary>
public static class InboundEmailLimits
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>What the owner is sent of the reply once quoted text is gone; a person's answer is far shorter.</summary>
    public const int MaxReplyTextLength = 4000;

    public const int MaxSubjectLength = 500;

    /// <summary>RFC 5322's line limit; a longer Message-ID is not one.</summary>
    public const int MaxMessageIdLength = 998;

    public const int MaxRecipients = 50;
}
