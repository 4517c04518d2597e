namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>Why an inbound email was not raised on an interview.</summary>
public static class InboundIgnoreReasons
{
    /// <summary>No recipient carries a valid reply token (tampered, another mailbox, or a token of another purpose).</summary>
    public const string UnknownRecipient = "unknown-recipient";

    public const string AutoReply = "auto-reply";

    public const string Bounce = "bounce";

    /// <summary>The same message id was already accepted for the interview (a webhook redelivery).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The follow-up has ended; the reply is on the timeline but no longer raised.</summary>
    public const string Finished = "finished";

    /// <summary>The token is genuine but the interview is gone (erased or purged): nothing may be stored again.</summary>
    public const string UnknownInterview = "unknown-interview";
}
