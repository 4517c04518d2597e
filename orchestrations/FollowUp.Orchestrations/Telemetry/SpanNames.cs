namespace FollowUp.Orchestrations.Telemetry;

/// <summary>Names of FollowUp's own spans: few and fixed, so they group well in any trace viewer.</summary>
public static class SpanNames
{
    public const string IntakeSubmit = "intake.submit";
    public const string IntakeStatus = "intake.status";
    public const string ReactionChange = "interview.reaction_change";
    public const string Cancel = "interview.cancel";
    public const string Retry = "interview.retry";
    public const string ConfirmDate = "interview.confirm_date";
    public const string InboundReply = "inbound.reply";
    public const string OptOut = "candidate.opt_out";
    public const string Erasure = "candidate.erasure";
    public const string VoiceUpload = "voice.upload";
    public const string VoiceListen = "voice.listen";
    public const string EmailDispatch = "email.dispatch";

    /// <summary>The SMTP conversation (MailKit has no instrumentation of its own); ACS calls show as Azure SDK and HTTP client spans.</summary>
    public const string SmtpSend = "smtp.send";

    /// <summary>One execution of a durable activity, e.g. <c>activity SendEmail</c>.</summary>
    public static string Activity(string activityName) => $"activity {activityName}";

    /// <summary>One route of the table, e.g. <c>route SubmitInterview</c>.</summary>
    public static string Route(string routeName) => $"route {routeName}";
}
