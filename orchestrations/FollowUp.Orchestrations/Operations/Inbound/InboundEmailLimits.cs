namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>Bounds on an inbound reply: a long thread quoted in full fits, an attachment smuggled in as text does not.</summary>
public static class InboundEmailLimits
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// A whole RFC 822 message as a mail provider posts it (raw MIME). Far above <see cref="MaxBodyBytes"/>
    /// because attachments travel inside it: a candidate who answers with a résumé attached has still
    /// answered, and refusing the message would lose the reply to the provider's retries.
    /// </summary>
    public const int MaxMimeBytes = 10 * 1024 * 1024;

    /// <summary>
    /// What is kept of a decoded body before quote removal. The reply is at the top; a longer tail is
    /// quoted history or a pasted document, and cutting it bounds the work of the line scan.
    /// </summary>
    public const int MaxSourceTextLength = MaxBodyBytes;

    /// <summary>What the owner is sent of the reply once quoted text is gone; a person's answer is far shorter.</summary>
    public const int MaxReplyTextLength = 4000;

    public const int MaxSubjectLength = 500;

    /// <summary>RFC 5322's line limit; a longer Message-ID is not one.</summary>
    public const int MaxMessageIdLength = 998;

    public const int MaxRecipients = 50;
}
