namespace FollowUp.Api.Routing;

/// <summary>
/// Route templates below the <c>/api</c> prefix both hosts share (the Functions default). Constants,
/// because the Functions trigger attributes need them at compile time.
/// </summary>
public static class RouteTemplates
{
    public const string Prefix = "/api";

    public const string Interviews = "interviews";
    public const string Interview = "interviews/{id}";
    public const string InterviewReaction = "interviews/{id}/reaction";
    public const string InterviewRetry = "interviews/{id}/retry";
    public const string InterviewConfirmDate = "interviews/{id}/confirm-date";
    public const string InterviewSlots = "interviews/{id}/slots";
    public const string InboundEmail = "inbound-email";
    public const string KeyedInboundEmail = "inbound-email/keyed";
    public const string MailgunInboundEmail = "inbound-email/mailgun";
    public const string SendGridInboundEmail = "inbound-email/sendgrid";
    public const string PostmarkInboundEmail = "inbound-email/postmark";
    public const string OptOut = "opt-out";
    public const string Schedule = "schedule";
    public const string ErasureRequests = "erasure-requests";
    public const string ErasureRequest = "erasure-requests/{id}";
    public const string Form = "form";
    public const string OpenApi = "openapi.json";
    public const string Health = "health";
    public const string TalentPool = "talent-pool";
    public const string TalentPoolSnooze = "talent-pool/{id}/snooze";
    public const string Metrics = "metrics";
    public const string Admin = "admin";
    public const string InterviewVoice = "interviews/{id}/voice";
    public const string Voice = "voice";
    public const string VoiceAudio = "voice/audio";
}
