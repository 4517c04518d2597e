namespace FollowUp.Api.Routing;

/// <summary>
/// Every route's name: the Functions function name, the local host's endpoint name and the OpenAPI
/// operationId. Constants, because the Functions attributes need them at compile time.
/// </summary>
public static class RouteNames
{
    public const string SubmitInterview = nameof(SubmitInterview);
    public const string GetInterview = nameof(GetInterview);
    public const string CancelInterview = nameof(CancelInterview);
    public const string ChangeReaction = nameof(ChangeReaction);
    public const string RetryInterview = nameof(RetryInterview);
    public const string ConfirmInterviewDate = nameof(ConfirmInterviewDate);
    public const string ReplaceInterviewSlots = nameof(ReplaceInterviewSlots);
    public const string ReceiveInboundEmail = nameof(ReceiveInboundEmail);
    public const string ReceiveKeyedInboundEmail = nameof(ReceiveKeyedInboundEmail);
    public const string ReceiveMailgunEmail = nameof(ReceiveMailgunEmail);
    public const string ReceiveSendGridEmail = nameof(ReceiveSendGridEmail);
    public const string ReceivePostmarkEmail = nameof(ReceivePostmarkEmail);
    public const string OptOut = nameof(OptOut);
    public const string Schedule = nameof(Schedule);
    public const string RequestErasure = nameof(RequestErasure);
    public const string GetErasureRequest = nameof(GetErasureRequest);
    public const string ReportForm = nameof(ReportForm);
    public const string OpenApi = nameof(OpenApi);
    public const string Health = nameof(Health);
    public const string ListInterviews = nameof(ListInterviews);
    public const string ListTalentPool = nameof(ListTalentPool);
    public const string SnoozeTalentPool = nameof(SnoozeTalentPool);
    public const string GetMetrics = nameof(GetMetrics);
    public const string AdminConsole = nameof(AdminConsole);
    public const string UploadVoice = nameof(UploadVoice);
    public const string VoicePage = nameof(VoicePage);
    public const string VoiceAudio = nameof(VoiceAudio);
}
